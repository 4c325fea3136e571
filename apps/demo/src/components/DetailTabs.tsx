/**
 * The views of the segment under the builder, as accessible tabs (Radix Tabs:
 * arrow keys move between tabs, each panel is labelled by its tab). Only the
 * open tab is mounted, so hidden views cost nothing while the segment changes.
 */
import * as Tabs from 'radix-ui/tabs'
import type { ReactNode } from 'react'

export const DETAIL_TABS = ['members', 'explain', 'sql', 'json', 'saved', 'time'] as const
export type DetailTab = (typeof DETAIL_TABS)[number]

const LABELS: Record<DetailTab, string> = {
  members: 'Members',
  explain: 'Explain',
  sql: 'SQL',
  json: 'JSON',
  saved: 'Saved & compare',
  time: 'Time travel',
}

export function isDetailTab(value: string): value is DetailTab {
  return (DETAIL_TABS as readonly string[]).includes(value)
}

export function DetailTabs(props: {
  tab: DetailTab
  onTab: (tab: DetailTab) => void
  panels: Record<DetailTab, () => ReactNode>
  /** A count shown beside a tab's name (e.g. saved segments). */
  badges?: Partial<Record<DetailTab, number>>
}) {
  return (
    <section className="card details" aria-labelledby="details-heading" id="details">
      <h2 id="details-heading" className="visually-hidden">
        Inspect the segment
      </h2>
      <Tabs.Root
        value={props.tab}
        onValueChange={(value) => {
          if (isDetailTab(value)) props.onTab(value)
        }}
      >
        <Tabs.List className="tab-list" aria-label="Views of the segment">
          {DETAIL_TABS.map((tab) => (
            <Tabs.Trigger key={tab} value={tab} className="tab">
              {LABELS[tab]}
              {props.badges?.[tab] ? <span className="tab-badge">{props.badges[tab]}</span> : null}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {DETAIL_TABS.map((tab) => (
          <Tabs.Content key={tab} value={tab} className="tab-panel">
            {props.tab === tab && props.panels[tab]()}
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  )
}
