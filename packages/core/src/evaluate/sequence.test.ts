import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { EventRecord } from '../data/types.ts'
import type { SequenceCondition, SequenceStep } from '../model/conditions.ts'
import type { EventRef } from '../model/event-ref.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { DataIndex } from './data-index.ts'
import { readData } from './read-data.ts'
import { compileSequence } from './sequence.ts'

const H = 3_600_000
const NOW = Date.parse('2026-12-15T12:00:00Z')
const catalog = indexCatalog(exampleCatalog)

type EventId = 'viewed_product' | 'added_to_cart' | 'purchased' | 'opened_app'

/** An index over one user's events, given as [event, hours before NOW]. */
function indexOf(events: [EventId, number, Record<string, unknown>?][]): DataIndex {
  const index = new DataIndex(catalog)
  const rows: EventRecord[] = events.map(([event, hours, properties]) => ({
    entity: 'user',
    entityId: 'u1',
    event,
    time: NOW - hours * H,
    properties: (properties ?? {}) as EventRecord['properties'],
  }))
  index.add(readData(catalog, { entities: { user: [{ id: 'u1' }] }, events: rows }, index), false)
  return index
}

const step = (event: EventId, extra: Partial<SequenceStep> = {}): SequenceStep => ({
  id: `${event}_${extra.negated ? 'not' : 'yes'}`,
  event,
  filters: [],
  ...extra,
})
const hours = (amount: number) => ({ amount, unit: 'hour' }) as const
const sequence = (steps: SequenceStep[], extra: Partial<SequenceCondition> = {}): SequenceCondition => ({
  id: 's',
  kind: 'sequence',
  window: { type: 'ever' },
  steps,
  ...extra,
})
const matches = (events: [EventId, number, Record<string, unknown>?][], node: SequenceCondition, asOf = NOW) =>
  compileSequence(node, catalog, indexOf(events), asOf, 'user').match(0)

describe('sequences: one positive step followed by negated steps (did X, then did not do Y)', () => {
  const abandoned = sequence([
    step('added_to_cart'),
    step('purchased', { negated: true, maxGap: { amount: 1, unit: 'day' } }),
  ])

  it('given a cart with no purchase within a day, then the user is in', () => {
    expect(matches([['added_to_cart', 48]], abandoned)).toBe(true)
    // A purchase 25 hours after the cart is outside the day: still abandoned.
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 23],
        ],
        abandoned,
      ),
    ).toBe(true)
  })

  it('given a cart followed by a purchase within a day, then the user is out', () => {
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 30],
        ],
        abandoned,
      ),
    ).toBe(false)
    // Exactly one day later is inside (t_i < t <= t_i + maxGap).
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 24],
        ],
        abandoned,
      ),
    ).toBe(false)
  })

  it('given a cart less than a day before asOf, then the user is not in yet: the day has not passed', () => {
    expect(matches([['added_to_cart', 23]], abandoned)).toBe(false)
    // Exactly one day before asOf: the day has passed (t + maxGap <= asOf).
    expect(matches([['added_to_cart', 24]], abandoned)).toBe(true)
    // An older abandoned cart still counts while the recent one is pending.
    expect(
      matches(
        [
          ['added_to_cart', 30],
          ['added_to_cart', 2],
        ],
        abandoned,
      ),
    ).toBe(true)
  })

  it('given one converted cart and one abandoned cart, then the user is in (some cart was abandoned)', () => {
    expect(
      matches(
        [
          ['added_to_cart', 100],
          ['purchased', 99],
          ['added_to_cart', 48],
        ],
        abandoned,
      ),
    ).toBe(true)
  })

  it('given a purchase at the same time as the cart, then it does not count against it (strictly after)', () => {
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 48],
        ],
        abandoned,
      ),
    ).toBe(true)
  })

  it('without maxGap, a negated last step means no such event after the step up to asOf', () => {
    const never = sequence([step('added_to_cart'), step('purchased', { negated: true })])
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 1],
        ],
        never,
      ),
    ).toBe(false)
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 50],
        ],
        never,
      ),
    ).toBe(true)
    // A purchase after asOf does not exist.
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 1],
        ],
        never,
        NOW - 2 * H,
      ),
    ).toBe(true)
  })

  it('applies several negated steps in a row to the same positive step, and their filters', () => {
    const node = sequence([
      step('added_to_cart'),
      step('purchased', { negated: true, maxGap: hours(24) }),
      {
        ...step('opened_app', { negated: true, maxGap: hours(2) }),
        filters: [{ id: 'f', property: 'platform', operator: 'eq', value: 'ios' }],
      },
    ])
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['opened_app', 47, { platform: 'web' }],
        ],
        node,
      ),
    ).toBe(true)
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['opened_app', 47, { platform: 'ios' }],
        ],
        node,
      ),
    ).toBe(false)
    expect(
      matches(
        [
          ['added_to_cart', 48],
          ['purchased', 40],
        ],
        node,
      ),
    ).toBe(false)
  })
})

describe('sequences: the funnel of the scan', () => {
  it('reports how many steps an entity got past', () => {
    const node = sequence([step('viewed_product'), step('added_to_cart'), step('purchased', { negated: true })])
    const runner = compileSequence(node, catalog, indexOf([['viewed_product', 10]]), NOW, 'user')
    expect(runner.match(0)).toBe(false)
    expect(runner.reached).toBe(1)
    const carted = compileSequence(
      node,
      catalog,
      indexOf([
        ['viewed_product', 10],
        ['added_to_cart', 9],
        ['purchased', 8],
      ]),
      NOW,
      'user',
    )
    expect(carted.match(0)).toBe(false)
    expect(carted.reached).toBe(2)
    const done = compileSequence(
      node,
      catalog,
      indexOf([
        ['viewed_product', 10],
        ['added_to_cart', 9],
      ]),
      NOW,
      'user',
    )
    expect(done.match(0)).toBe(true)
    expect(done.reached).toBe(3)
    expect(done.trace(0)).toEqual([NOW - 10 * H, NOW - 9 * H])
  })
})

describe('sequences: linear time on entities with many events', () => {
  // Quadratic matching took 23 s (1-day gap) and 67 s (1-year gap) on 50k events per step.
  const many = (n: number): [EventId, number][] => {
    const out: [EventId, number][] = [['purchased', 100_000]]
    for (let i = 0; i < n; i++) {
      out.push(['viewed_product', 50_000 - i / 60])
      out.push(['added_to_cart', 50_000 - i / 60 - 1 / 3600])
    }
    return out
  }
  const index = indexOf(many(50_000))
  for (const gap of [
    { amount: 1, unit: 'day' },
    { amount: 1, unit: 'year' },
  ] as const) {
    it(`given 50k events per step and no completion with a ${gap.unit} max gap, then it answers no at once`, () => {
      const node = sequence([
        step('viewed_product'),
        step('added_to_cart', { maxGap: gap }),
        step('purchased', { maxGap: gap }),
      ])
      expect(compileSequence(node, catalog, index, NOW, 'user').match(0)).toBe(false)
    }, 10_000)
  }
  it('given 50k carts each followed by a purchase within a day except the last, then cart_abandoners finds it at once', () => {
    const events: [EventId, number][] = []
    for (let i = 0; i < 50_000; i++) {
      events.push(['added_to_cart', 60_000 - i])
      if (i < 49_999) events.push(['purchased', 60_000 - i - 0.5])
    }
    const node = sequence([
      step('added_to_cart'),
      step('purchased', { negated: true, maxGap: { amount: 1, unit: 'day' } }),
    ])
    // Only the last cart (10 001 hours before NOW) has no purchase after it within a day.
    expect(compileSequence(node, catalog, indexOf(events), NOW, 'user').match(0)).toBe(true)
  }, 10_000)
})

/** Every choice of positive events, checked against docs/semantics.md word by word. */
function bruteForce(events: [EventId, number][], node: SequenceCondition, asOf: number): boolean {
  const counts = (event: EventRef, e: string) =>
    typeof event === 'string' ? e === event : 'anyOf' in event ? event.anyOf.includes(e) : true
  const times = (event: EventRef) =>
    events
      .filter(([e]) => counts(event, e))
      .map(([, h]) => NOW - h * H)
      .filter((t) => t <= asOf)
  const inWindow = (t: number) => node.window.type === 'ever' || (node.window.type === 'last' && t > asOf - 72 * H)
  const positives: { step: SequenceStep; negs: SequenceStep[] }[] = []
  for (const s of node.steps) {
    if (s.negated) positives[positives.length - 1]!.negs.push(s)
    else positives.push({ step: s, negs: [] })
  }
  const gapMs = (s: SequenceStep) => (s.maxGap ? s.maxGap.amount * H : undefined)
  const chosen: number[] = []
  const ok = (): boolean => {
    for (let i = 0; i < positives.length; i++) {
      const t = chosen[i]!
      if (i > 0) {
        if (!(t > chosen[i - 1]!)) return false
        const g = gapMs(positives[i]!.step)
        if (g !== undefined && t - chosen[i - 1]! > g) return false
      }
      for (const neg of positives[i]!.negs) {
        const g = gapMs(neg)
        if (g !== undefined && t + g > asOf) return false
        const next = chosen[i + 1]
        const bad = times(neg.event).some((x) =>
          g !== undefined ? t < x && x <= t + g : next === undefined ? t < x && x <= asOf : t < x && x < next,
        )
        if (bad) return false
      }
    }
    if (node.within && chosen[chosen.length - 1]! - chosen[0]! > node.within.amount * H) return false
    return true
  }
  const search = (i: number): boolean => {
    if (i === positives.length) return ok()
    for (const t of times(positives[i]!.step.event).filter(inWindow)) {
      chosen[i] = t
      if (search(i + 1)) return true
    }
    return false
  }
  return search(0)
}

describe('sequences: the linear scan agrees with trying every choice of events', () => {
  const eventId = fc.constantFrom<EventId>('viewed_product', 'added_to_cart', 'purchased')
  const gap = fc.option(
    fc.integer({ min: 1, max: 12 }).map((amount) => hours(amount)),
    { nil: undefined },
  )
  const stepArb = fc.record({ event: eventId, negated: fc.boolean(), maxGap: gap })
  it('for random steps, gaps, within, windows, negated steps and events on an hourly grid with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(eventId, fc.integer({ min: 0, max: 80 })), { maxLength: 14 }),
        fc.array(stepArb, { minLength: 1, maxLength: 5 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        (events, rawSteps, within, lastWindow, asOfBack) => {
          const steps: SequenceStep[] = rawSteps.map((s, i) => ({
            id: `s${i}`,
            event: s.event,
            filters: [],
            ...(s.negated && i > 0 ? { negated: true } : {}),
            ...(s.maxGap ? { maxGap: s.maxGap } : {}),
          }))
          const node = sequence(steps, {
            ...(within === undefined ? {} : { within: hours(within) }),
            window: lastWindow ? { type: 'last', duration: hours(72) } : { type: 'ever' },
          })
          const asOf = NOW - asOfBack * H
          const index = indexOf(events)
          expect(compileSequence(node, catalog, index, asOf, 'user').match(0)).toBe(bruteForce(events, node, asOf))
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('sequences without max gaps or negated steps: the earliest-next-event scan', () => {
  const eventId = fc.constantFrom<EventId>('viewed_product', 'added_to_cart', 'purchased')
  it('agrees with trying every choice of events, and on how many steps were got past', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(eventId, fc.integer({ min: 0, max: 60 })), { maxLength: 24 }),
        fc.array(eventId, { minLength: 1, maxLength: 5 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        (events, stepEvents, within, lastWindow, asOfBack) => {
          const steps: SequenceStep[] = stepEvents.map((event, i) => ({ id: `s${i}`, event, filters: [] }))
          const extra: Partial<SequenceCondition> = {
            ...(within === undefined ? {} : { within: hours(within) }),
            window: lastWindow ? { type: 'last', duration: hours(72) } : { type: 'ever' },
          }
          const asOf = NOW - asOfBack * H
          const runner = compileSequence(sequence(steps, extra), catalog, indexOf(events), asOf, 'user')
          expect(runner.match(0)).toBe(bruteForce(events, sequence(steps, extra), asOf))
          let past = 0
          for (let j = 1; j <= steps.length; j++)
            if (bruteForce(events, sequence(steps.slice(0, j), extra), asOf)) past = j
          expect(runner.reached).toBe(past)
        },
      ),
      { numRuns: 600 },
    )
  })
})
