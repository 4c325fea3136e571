/**
 * The 20-step sequence of the shape tests and the SQL bench: 100 users who each
 * do the four events in turn, 40 times, one hour apart (u000 in reverse order,
 * u001 one event only), and a 20-step sequence with 2-hour gaps within 3 days.
 */
import type { EventRecord, SegmentData, SegmentNode, SequenceStep } from '../../packages/core/src/index.ts'
import { FIXTURE_AS_OF_MS as T } from '../../packages/core/src/testing/index.ts'

// No import of the vitest harness: the bench runs this module in a plain Node process.
const DAY = 86_400_000
const days = (amount: number) => ({ amount, unit: 'day' as const })

export const users = Array.from({ length: 100 }, (_, i) => `u${String(i).padStart(3, '0')}`)
export const STEPS = 20
export const EVENTS = ['viewed_product', 'added_to_cart', 'purchased', 'opened_app'] as const

// Every user does the four events in turn, 40 times, one hour apart: any 20-step chain of them fits
// in the window. u000 does them in reverse order (no chain), u001 only 19 rounds of one event.
export const events: EventRecord[] = users.flatMap((id, u) =>
  Array.from({ length: 40 }, (_, k) => ({
    entity: 'user',
    entityId: id,
    event: u === 0 ? EVENTS[3 - (k % 4)]! : u === 1 ? 'opened_app' : EVENTS[k % 4]!,
    time: T - 10 * DAY + k * 3_600_000 + u,
  })),
)
export const data: SegmentData = {
  entities: { user: users.map((id, u) => ({ id, age: u, name: `n${u}`, plan: u % 2 === 0 ? 'pro' : 'free' })) },
  events,
}

export const steps: SequenceStep[] = Array.from({ length: STEPS }, (_, i) => ({
  id: `s${i}`,
  event: EVENTS[i % 4]!,
  filters: [],
  ...(i > 0 ? { maxGap: { amount: 2, unit: 'hour' as const } } : {}),
}))
export const twentySteps: SegmentNode = {
  id: 'seq20',
  kind: 'sequence',
  window: { type: 'last', duration: days(30) },
  within: days(3),
  steps,
}
