/**
 * `searchCatalog`: a catalog too big to send whole. The builder gets the small
 * example catalog; a simulated server holds 10,000 more user fields and 500
 * events, answers after 150 ms, and stops work on a request the builder aborts
 * (the panel counts both). The add search, the property pickers of rows and the
 * event pickers list its results after their local matches; a chosen result
 * carries its definition, which joins the builder's catalog.
 */
import type { Segment } from '@segkit/core'
import type { CatalogSearchResult, SearchCatalog, SegmentBuilderProps } from '@segkit/react'
import { SegmentBuilder } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo, useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { themeFromGlobal } from '../builder-story.tsx'
import { catalog, segmentOf } from '../fixtures.ts'

const TYPES = ['string', 'number', 'boolean', 'datetime'] as const

/** The server's side: 10,000 fields and 500 events (built once). */
const serverItems: readonly CatalogSearchResult[] = [
  ...Array.from(
    { length: 10_000 },
    (_, i): CatalogSearchResult => ({
      kind: 'property',
      entity: 'user',
      property: {
        id: `field_${i}`,
        label: `Custom field ${i}`,
        type: TYPES[i % TYPES.length]!,
        group: `Fields ${Math.floor(i / 1000) * 1000}–${Math.floor(i / 1000) * 1000 + 999}`,
      },
    }),
  ),
  ...Array.from(
    { length: 500 },
    (_, i): CatalogSearchResult => ({
      kind: 'event',
      event: {
        id: `server_event_${i}`,
        label: `Server event ${i}`,
        group: 'Server events',
        properties: [{ id: 'source', label: 'Source', type: 'string' }],
      },
    }),
  ),
]

interface Stats {
  requests: number
  aborted: number
}

/** A search endpoint with latency that honours the abort signal (at most 50 results). */
function simulatedServer(onStats: (update: (s: Stats) => Stats) => void): SearchCatalog {
  return (query, signal, scope) => {
    onStats((s) => ({ ...s, requests: s.requests + 1 }))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const q = query.toLowerCase()
        const found = serverItems.filter(
          (r) =>
            scope.kinds.includes(r.kind) &&
            (r.kind === 'property' ? r.property.label : r.event.label).toLowerCase().includes(q),
        )
        resolve(found.slice(0, 50))
      }, 150)
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        onStats((s) => ({ ...s, aborted: s.aborted + 1 }))
        reject(signal.reason)
      })
    })
  }
}

function ServerBackedBuilder(props: SegmentBuilderProps & { globals: Record<string, unknown> }) {
  const { globals, ...builder } = props
  const [stats, setStats] = useState<Stats>({ requests: 0, aborted: 0 })
  const searchCatalog = useMemo(() => simulatedServer(setStats), [])
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <p data-testid="server-stats" style={{ margin: 0, font: '13px system-ui' }}>
        Server: {serverItems.length.toLocaleString('en')} items · {stats.requests} requests · {stats.aborted} aborted
      </p>
      <SegmentBuilder {...builder} {...themeFromGlobal(globals.theme)} searchCatalog={searchCatalog} />
    </div>
  )
}

const start: Segment = segmentOf(
  [{ id: 'plan', kind: 'property', property: 'plan', operator: 'in', value: ['pro'] }],
  'Server catalog',
)

const meta = {
  title: 'Builder/SearchCatalog',
  component: SegmentBuilder,
  args: { catalog, defaultValue: start, onChange: fn() },
  argTypes: { catalog: { control: false }, defaultValue: { control: false } },
  render: (args, context) => <ServerBackedBuilder {...args} globals={context.globals} />,
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** Typing in the add search asks the server (older requests abort); a server field becomes a condition. */
export const AddFromServer: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: /Add condition/ }))
    const search = await canvas.findByRole('combobox', { name: 'Search' })
    await userEvent.type(search, 'field 424')
    const option = await canvas.findByRole('option', { name: /Custom field 4242/ }, { timeout: 3000 })
    await userEvent.click(option)
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Property: Custom field 4242' })).toBeVisible())
    await expect(args.onChange).toHaveBeenCalled()
    await expect(canvasElement.querySelector('[data-segkit-part="issue"]')).toBeNull()
  },
}

/** A row's property picker searches the server's fields too. */
export const PropertyPickerFromServer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Property: Plan' }))
    await userEvent.type(await canvas.findByRole('combobox', { name: 'Search' }), 'custom field 9999')
    await userEvent.click(await canvas.findByRole('option', { name: /Custom field 9999/ }, { timeout: 3000 }))
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Property: Custom field 9999' })).toBeVisible())
    await expect(canvas.getByTestId('server-stats')).toHaveTextContent(/[1-9]\d* requests/)
  },
}
