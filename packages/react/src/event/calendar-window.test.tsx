import type { EventCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const segmentWith = (condition: EventCondition, timeZone?: string): Segment => ({
  version: 1,
  id: 'seg',
  name: 'Buyers',
  entity: 'user',
  ...(timeZone ? { timeZone } : {}),
  root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
})

const purchased = (window: EventCondition['form']): EventCondition => ({
  id: 'c1',
  kind: 'event',
  event: 'purchased',
  filters: [],
  form: window,
})

function setup(segment: Segment) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange} />)
  const latest = () => {
    const s = onChange.mock.lastCall?.[0]
    if (!s) throw new Error('onChange was not called')
    return s
  }
  return { user, latest }
}

describe('calendar windows and the time zone in the builder', { timeout: 30_000 }, () => {
  it('given "in the last 30 days", when the user picks "in calendar", the window becomes the last 30 complete days and the time-zone field appears', async () => {
    const { user, latest } = setup(
      segmentWith(purchased({ type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } })),
    )
    expect(screen.queryByRole('combobox', { name: 'Time zone' })).toBeNull()
    await user.selectOptions(screen.getByRole('combobox', { name: 'When' }), 'calendar')
    const form = (latest().root.children[0] as EventCondition).form
    expect(form).toEqual({ type: 'performed', window: { type: 'calendar', unit: 'day', complete: 30, current: false } })
    const zone = await screen.findByRole('combobox', { name: 'Time zone' })
    expect(zone).toHaveValue('')
    await user.selectOptions(zone, 'Europe/Berlin')
    expect(latest().timeZone).toBe('Europe/Berlin')
    await user.selectOptions(zone, '')
    expect('timeZone' in latest()).toBe(false)
  })

  it('given the last 3 complete months, when the user chooses "this" and then weeks, the window reads this week', async () => {
    const { user, latest } = setup(
      segmentWith(
        purchased({ type: 'performed', window: { type: 'calendar', unit: 'month', complete: 3, current: false } }),
        'Asia/Kolkata',
      ),
    )
    const row = document.querySelector<HTMLElement>('[data-segkit-part="event-condition"]')!
    expect(await within(row).findByRole('spinbutton', { name: 'Complete periods' })).toHaveValue('3')
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Calendar periods' }), 'current')
    expect(within(row).queryByRole('spinbutton', { name: 'Complete periods' })).toBeNull()
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Calendar unit' }), 'week')
    expect((latest().root.children[0] as EventCondition).form).toEqual({
      type: 'performed',
      window: { type: 'calendar', unit: 'week', complete: 0, current: true },
    })
    expect(await screen.findByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Kolkata')
  })

  it('given regularly, when the user ticks "calendar periods", the periods become calendar weeks', async () => {
    const { user, latest } = setup(
      segmentWith(purchased({ type: 'regularly', period: { amount: 2, unit: 'hour' }, periods: 4, minPeriods: 2 })),
    )
    await user.click(screen.getByRole('checkbox', { name: 'calendar periods' }))
    expect((latest().root.children[0] as EventCondition).form).toEqual({
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 4,
      minPeriods: 2,
      calendar: true,
    })
  })

  it('given this month, there is no week-start field; when the unit becomes weeks it appears, and choosing Sunday sets weekStart (Monday, the default, removes it)', async () => {
    const { user, latest } = setup(
      segmentWith(
        purchased({ type: 'performed', window: { type: 'calendar', unit: 'month', complete: 0, current: true } }),
      ),
    )
    expect(screen.queryByRole('combobox', { name: 'Weeks start on' })).toBeNull()
    const row = document.querySelector<HTMLElement>('[data-segkit-part="event-condition"]')!
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Calendar unit' }), 'week')
    const weekStart = await screen.findByRole('combobox', { name: 'Weeks start on' })
    expect(weekStart).toHaveValue('')
    await user.selectOptions(weekStart, 'sunday')
    expect(latest().weekStart).toBe('sunday')
    await user.selectOptions(weekStart, '')
    expect('weekStart' in latest()).toBe(false)
  })
})
