import { describe, expect, it } from 'vitest'
import type { SegmentData } from '../data/types.ts'
import type { Segment } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { createEvaluator } from './evaluator.ts'
import { DataError } from './read-data.ts'

const NOW = Date.parse('2026-12-15T12:00:00Z')

/** The issues of the DataError that `run` throws, as "path: message" lines. */
function issuesOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }
  throw new Error('expected a DataError')
}
const build = (data: unknown) => () => createEvaluator(exampleCatalog, data as SegmentData)

describe('bad data of any shape is a DataError with a path, never a TypeError', () => {
  it('refuses data that is not an object', () => {
    for (const data of [null, 42, 'x', undefined, [1, 2]])
      expect(issuesOf(build(data))[0]).toMatch(/^: The data must be an object/)
  })

  it('refuses parts of the wrong shape, naming each', () => {
    expect(issuesOf(build({ entities: 5, events: [] }))).toEqual([
      'entities: entities must be an object of rows by entity type, got 5',
    ])
    expect(issuesOf(build({ entities: { user: 5 }, events: [] }))).toEqual([
      'entities.user: entities.user must be an array of rows, got 5',
    ])
    expect(issuesOf(build({ entities: {}, events: {} }))).toEqual(['events: events must be an array, got an object'])
    expect(issuesOf(build({ entities: {}, events: [], lists: 5 }))).toEqual(['lists: lists must be an array, got 5'])
    expect(issuesOf(build({ entities: {}, events: [], history: 'x' }))).toEqual([
      'history: history must be an array, got "x"',
    ])
  })

  it('takes a BigInt where it is a safe integer and says what to do with a larger one', () => {
    const e = createEvaluator(exampleCatalog, {
      entities: {
        user: [{ id: 'u1', ltv: 10n as unknown as number, created_at: BigInt(NOW - 1000) as unknown as number }],
      },
      events: [{ entity: 'user', entityId: 'u1', event: 'opened_app', time: BigInt(NOW - 10) as unknown as number }],
    })
    const segment: Segment = {
      version: 1,
      id: 's',
      name: 's',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'p', kind: 'property', property: 'ltv', operator: 'eq', value: 10 }],
      },
    }
    expect(e.evaluate(segment, { asOf: NOW }).ids).toEqual(['u1'])
    const [issue] = issuesOf(build({ entities: { user: [{ id: 'u1', ltv: 2n ** 60n }] }, events: [] }))
    expect(issue).toMatch(
      /^entities\.user\.0\.ltv: User 'u1': ltv should be number, got the BigInt 1152921504606846976n/,
    )
    expect(issue).toMatch(/convert larger ones with Number\(\)/)
  })

  it('describes cyclic and deep values without serialising them', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(issuesOf(build({ entities: { user: [{ id: 'u1', name: cyclic }] }, events: [] }))).toEqual([
      "entities.user.0.name: User 'u1': name should be string, got an object",
    ])
    const list: unknown[] = []
    list.push(list)
    expect(issuesOf(build({ entities: { user: [{ id: 'u1', interests: list }] }, events: [] }))).toEqual([
      "entities.user.0.interests: User 'u1': interests should be string[], got an array",
    ])
  })

  it('turns a getter that throws into an issue at its row', () => {
    const row = {
      id: 'u1',
      get ltv(): number {
        throw new Error('no access')
      },
    }
    expect(issuesOf(build({ entities: { user: [row] }, events: [] }))).toEqual([
      'entities.user.0: User #0 cannot be read: no access',
    ])
    const event = {
      entity: 'user',
      entityId: 'u1',
      event: 'opened_app',
      get time(): number {
        throw new Error('gone')
      },
    }
    expect(issuesOf(build({ entities: {}, events: [event] }))).toEqual(['events.0: Event #0 cannot be read: gone'])
    const data = {
      entities: {},
      get events(): unknown[] {
        throw new Error('locked')
      },
    }
    expect(issuesOf(build(data))).toEqual(['events: events cannot be read: locked'])
  })

  it('reads only own properties: a catalog id named like an Object.prototype member is not inherited', () => {
    const e = createEvaluator(exampleCatalog, { entities: { user: [{ id: 'u1' }] }, events: [] })
    expect(e.entityIds('user')).toEqual(['u1'])
    expect(issuesOf(build({ entities: { constructor: [] }, events: [] }))).toEqual([
      "entities.constructor: Unknown entity type 'constructor'",
    ])
  })

  it('refuses a bad append the same way and leaves the index unchanged', () => {
    const e = createEvaluator(exampleCatalog, { entities: { user: [{ id: 'u1' }] }, events: [] })
    for (const delta of [null, 42, { events: {} }, { entities: { user: 5 } }, { lists: 5 }, { history: 'x' }])
      expect(() => e.append(delta as Partial<SegmentData>)).toThrow(DataError)
    expect(e.entityIds('user')).toEqual(['u1'])
  })
})

describe('data behind a Proxy whose traps throw', () => {
  it('is a DataError naming what cannot be read, not the trap’s own error', () => {
    const trap = () => {
      throw new Error('trap')
    }
    const proxy = new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap })
    expect(issuesOf(build({ entities: proxy, events: [] }))[0]).toMatch(/cannot be read: trap/)
    const events = new Proxy([], { get: trap })
    expect(issuesOf(build({ entities: {}, events }))[0]).toMatch(/cannot be read: trap/)
  })
})
