/**
 * List, tag and segment rows share one shape (a picker and an in / not-in
 * operator), so their stories are built here from what differs.
 */
import type { Condition } from '@segkit/core'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { readOnlySentenceOf, rowOf } from '../fixtures.ts'

interface MembershipSpec<C extends Condition> {
  /** The condition shown by default. */
  node: C
  /** Accessible name of its picker: `List: Beta testers`. */
  trigger: string
  /** A condition of the same kind naming something the catalog does not have (id `c_gone`). */
  unknown: C
  unknownText: string
}

interface PlayContext {
  canvasElement: HTMLElement
}

/** Default, PickAnother, UnknownInCatalog and ReadOnly stories of a membership row. */
export function membershipStories<C extends Condition>({ node, trigger, unknown, unknownText }: MembershipSpec<C>) {
  const label = trigger.slice(0, trigger.indexOf(':'))
  const picker = (canvasElement: HTMLElement) =>
    within(rowOf(canvasElement, node.id)).getByRole('button', { name: trigger })
  return {
    Default: {
      play: async ({ canvasElement }: PlayContext) => {
        await expect(picker(canvasElement)).toBeVisible()
      },
    },
    PickAnother: {
      play: async ({ canvasElement }: PlayContext) => {
        const row = rowOf(canvasElement, node.id)
        await userEvent.click(picker(canvasElement))
        const listbox = await screen.findByRole('listbox', { name: label })
        const options = within(listbox).getAllByRole('option')
        const other = options.find((o) => o.getAttribute('aria-selected') !== 'true')
        if (!other) throw new Error('no other option')
        const otherLabel = other.textContent ?? ''
        await userEvent.click(other)
        await waitFor(() => expect(within(row).getByRole('button', { name: `${label}: ${otherLabel}` })).toBeVisible())
      },
    },
    UnknownInCatalog: {
      args: { node: unknown },
      play: async ({ canvasElement }: PlayContext) => {
        await expect(rowOf(canvasElement, unknown.id)).toHaveTextContent(unknownText)
      },
    },
    ReadOnly: {
      args: { readOnly: true },
      play: async ({ canvasElement }: PlayContext) => {
        const sentence = await readOnlySentenceOf(canvasElement, node.id)
        await expect(sentence).toHaveTextContent(trigger.slice(trigger.indexOf(':') + 2))
      },
    },
  }
}
