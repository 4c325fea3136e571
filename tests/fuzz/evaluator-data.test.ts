/**
 * The evaluator given data of any shape: `createEvaluator` and `append` throw DataError (with a path)
 * or accept it; never a TypeError, never a hang. Data that is accepted evaluates every preset.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvaluator, DataError } from '../../packages/core/src/evaluate/index.ts'
import type { SegmentData } from '../../packages/core/src/index.ts'
import {
  exampleCatalog,
  FIXTURE_AS_OF_MS,
  generateDataset,
  presetSegments,
} from '../../packages/core/src/testing/index.ts'
import { area, params, protoKey, REFERENCE_SEGMENTS, typedOnly } from './fuzz.ts'

const valid = generateDataset({ seed: 3, users: 12 })
const odd = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withNullPrototype: true,
    withMap: true,
    withDate: true,
    withSparseArray: true,
  }),
  fc.constantFrom(10n, 2n ** 70n, Number.NaN, Number.POSITIVE_INFINITY, -0, '', '2026-01-01', new Date(Number.NaN)),
)
const key = fc.oneof(
  protoKey,
  fc.constantFrom(
    'id',
    'entity',
    'entityId',
    'event',
    'time',
    'properties',
    'ltv',
    'plan',
    'interests',
    'created_at',
    'list',
    'from',
    'to',
    'value',
    'property',
  ),
)

/** A valid dataset with one random part replaced, or a key set to an odd value. */
const mutated = fc
  .tuple(fc.nat(), key, odd, fc.constantFrom('entities', 'events', 'lists', 'tags', 'history', 'row', 'event', 'root'))
  .map(([n, k, v, where]) => {
    const data = structuredClone(valid) as unknown as Record<string, unknown>
    const users = (data.entities as Record<string, Record<string, unknown>[]>).user ?? []
    const events = (data.events as Record<string, unknown>[]) ?? []
    const user = users[n % Math.max(1, users.length)]
    const event = events[n % Math.max(1, events.length)]
    switch (where) {
      case 'row':
        if (user) Object.defineProperty(user, k, { value: v, enumerable: true, configurable: true, writable: true })
        break
      case 'event':
        if (event) Object.defineProperty(event, k, { value: v, enumerable: true, configurable: true, writable: true })
        break
      case 'root':
        return v
      default:
        data[where] = v
    }
    return data
  })

describe('evaluator data shapes', () => {
  const figures = area('evaluator: data shapes')
  it('createEvaluator and append give DataError or work; accepted data evaluates', () => {
    fc.assert(
      fc.property(mutated, fc.boolean(), (data, viaAppend) => {
        figures.inputs += 1
        const build = () => {
          if (!viaAppend) return createEvaluator(exampleCatalog, data as SegmentData)
          const e = createEvaluator(exampleCatalog, { entities: {}, events: [] })
          e.append(data as Partial<SegmentData>)
          return e
        }
        const { value: evaluator } = typedOnly(figures, build, [DataError])
        if (!evaluator) return
        for (const { segment } of [...presetSegments.slice(0, 4), ...REFERENCE_SEGMENTS]) {
          typedOnly(figures, () => evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF_MS }), [DataError])
        }
      }),
      params(150),
    )
  })

  it('throwing getters, Proxies and cycles in the data are DataError', () => {
    const cyclic: Record<string, unknown> = { id: 'u1' }
    cyclic.self = cyclic
    const getter = Object.defineProperty({ id: 'u2' }, 'ltv', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    for (const data of [
      { entities: { user: [cyclic] }, events: [] },
      { entities: { user: [getter] }, events: [] },
      proxy,
      { entities: proxy, events: [] },
    ]) {
      figures.inputs += 1
      const out = typedOnly(figures, () => createEvaluator(exampleCatalog, data as SegmentData), [DataError])
      expect(out.error === undefined || out.error instanceof DataError).toBe(true)
    }
  })
})
