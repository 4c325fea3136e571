/**
 * Shared story data: the example catalog, small segments holding one condition
 * of each kind, a 500-condition segment and helpers to query the rendered tree.
 */
import type { Catalog, Condition, Segment, SegmentNode } from '@segkit/core'
import { exampleCatalog, presetSegments } from '@segkit/core/testing'
import { expect, screen, userEvent, within } from 'storybook/test'

export const catalog: Catalog = exampleCatalog

/** A user segment whose root (`root`, AND) holds the given nodes. */
export function segmentOf(children: SegmentNode[], name = 'Story segment'): Segment {
  return {
    version: 1,
    id: 'story',
    name,
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

/** A preset of the example catalog, by id. */
export function preset(id: string): Segment {
  const found = presetSegments.find((p) => p.id === id)
  if (!found) throw new Error(`no preset ${id}`)
  return found.segment
}

/** One condition of each kind, as a designer would see it first. */
export const conditions = {
  property: { id: 'c_plan', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] },
  event: {
    id: 'c_purchased',
    kind: 'event',
    event: 'purchased',
    filters: [{ id: 'f_amount', property: 'amount', operator: 'gt', value: 50 }],
    form: {
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 2,
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    },
  },
  sequence: {
    id: 'c_funnel',
    kind: 'sequence',
    steps: [
      { id: 's_view', event: 'viewed_product', filters: [] },
      { id: 's_cart', event: 'added_to_cart', filters: [] },
      { id: 's_buy', event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
    ],
    window: { type: 'last', duration: { amount: 30, unit: 'day' } },
  },
  list: { id: 'c_beta', kind: 'list', list: 'beta', operator: 'in' },
  tag: { id: 'c_whale', kind: 'tag', tag: 'whale', operator: 'has' },
  segment: { id: 'c_pro', kind: 'segment', segment: 'pro_users', operator: 'in' },
  related: {
    id: 'c_account',
    kind: 'related',
    relation: 'account',
    match: { type: 'any' },
    root: {
      id: 'c_account_root',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'c_arr', kind: 'property', property: 'arr', operator: 'gte', value: 50_000 }],
    },
  },
} satisfies Record<Condition['kind'], Condition>

/** A segment of `count` conditions in groups of ten (OR inside, AND between): a stress case. */
export function largeSegment(count: number): Segment {
  const groups: SegmentNode[] = []
  for (let g = 0; g * 10 < count; g++) {
    const children: SegmentNode[] = []
    for (let i = g * 10; i < Math.min(count, (g + 1) * 10); i++) {
      children.push(
        i % 3 === 0
          ? { id: `big_${i}`, kind: 'property', property: 'age', operator: 'gte', value: 18 + (i % 50) }
          : i % 3 === 1
            ? { id: `big_${i}`, kind: 'tag', tag: i % 2 === 0 ? 'whale' : 'influencer', operator: 'has' }
            : { id: `big_${i}`, kind: 'list', list: i % 2 === 0 ? 'beta' : 'vip', operator: 'not_in' },
      )
    }
    groups.push({ id: `big_group_${g}`, kind: 'group', combinator: 'or', children })
  }
  return segmentOf(groups, `${count} conditions`)
}

/** The row element of a node (`data-node-id`). */
export function rowOf(canvas: HTMLElement, id: string): HTMLElement {
  const row = canvas.querySelector<HTMLElement>(`[data-node-id="${id}"]`)
  if (!row) throw new Error(`no row for node ${id}`)
  return row
}

/**
 * A read-only row: one sentence, reachable by Tab, and no control at all (not disabled
 * controls). Checks that, then returns the sentence for the story to check its words.
 */
export async function readOnlySentenceOf(canvas: HTMLElement, id: string): Promise<HTMLElement> {
  const row = rowOf(canvas, id)
  for (const role of ['button', 'combobox', 'spinbutton', 'textbox', 'checkbox', 'radio']) {
    await expect(within(row).queryAllByRole(role)).toHaveLength(0)
  }
  const sentence = row.querySelector<HTMLElement>('[data-segkit-part="condition-text"]')
  if (!sentence) throw new Error(`no read-only sentence in row ${id}`)
  await expect(sentence).toBeVisible()
  await expect(sentence).toHaveAttribute('tabindex', '0')
  return sentence
}

/** The group element (`data-group-id`). */
export function groupOf(canvas: HTMLElement, id: string): HTMLElement {
  const group = canvas.querySelector<HTMLElement>(`[data-group-id="${id}"]`)
  if (!group) throw new Error(`no group ${id}`)
  return group
}

/** The header of a group (combinator, NOT, add menu). */
export function headerOf(group: HTMLElement): HTMLElement {
  const header = group.querySelector<HTMLElement>('[data-segkit-part="group-header"]')
  if (!header) throw new Error('no group header')
  return header
}

/** The end of a group: its add search ("+ Add condition") and the kind menu ("Add by kind"). */
export function footerOf(group: HTMLElement): HTMLElement {
  const footer = group.querySelector<HTMLElement>(':scope > [data-segkit-part="group-footer"]')
  if (!footer) throw new Error('no group footer')
  return footer
}

/** The user entity's properties of the example catalog. */
export const userProperties = catalog.entities.find((e) => e.id === 'user')?.properties ?? []

/** One user property by id (throws when the catalog changed). */
export function userProperty(id: string) {
  const found = userProperties.find((p) => p.id === id)
  if (!found) throw new Error(`no user property ${id}`)
  return found
}

/** The segment of the last `onChange` call of a story's spy (throws when it was never called). */
export function lastSegment(onChange: unknown): Segment {
  const calls = (onChange as { mock?: { lastCall?: unknown[] } }).mock
  const segment = calls?.lastCall?.[0] as Segment | undefined
  if (!segment) throw new Error('onChange was not called')
  return segment
}

/**
 * Chooses `label` in a select field: a native `<select>`, or a popup listbox
 * opened by its trigger (the interaction a user would perform on either).
 */
export async function chooseOption(trigger: HTMLElement, label: string): Promise<void> {
  if (trigger instanceof HTMLSelectElement) {
    const option = [...trigger.options].find((o) => o.label === label || o.textContent === label)
    if (!option) throw new Error(`no option ${label}`)
    await userEvent.selectOptions(trigger, option)
    return
  }
  await userEvent.click(trigger)
  await userEvent.click(await screen.findByRole('option', { name: label }))
}
