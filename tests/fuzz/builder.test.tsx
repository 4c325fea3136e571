// @vitest-environment jsdom
/**
 * Garbage builder props in jsdom: a `value` or `catalog` of any shape, and presets with random parts
 * replaced. SegmentBuilder must render (an error state for what it cannot show), never throw.
 */

import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Catalog, Segment } from '../../packages/core/src/index.ts'
import { serializeSegment } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { SegmentBuilder } from '../../packages/react/src/index.ts'
import { area, FUZZ_SEGMENTS, params, protoKey } from './fuzz.ts'

afterEach(() => cleanup())
if (!globalThis.ResizeObserver) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

const garbage = fc.oneof(
  fc.anything({
    maxDepth: 3,
    key: fc.oneof(fc.string({ maxLength: 4 }), protoKey),
    withBigInt: true,
    withNullPrototype: true,
  }),
  fc.constantFrom(null, 42, 'segment', {}, [], { root: null }, { root: { kind: 'group', children: [null] } }),
)

/** A preset with one child replaced by garbage, or one key of the root set to garbage. */
const brokenPreset = fc
  .tuple(
    fc.constantFrom(...FUZZ_SEGMENTS),
    fc.nat(),
    garbage,
    fc.oneof(protoKey, fc.constantFrom('children', 'combinator', 'kind', 'id', 'negated')),
  )
  .map(([p, n, g, key]) => {
    const doc = JSON.parse(serializeSegment(p.segment)) as { root: Record<string, unknown> & { children: unknown[] } }
    if (n % 2 === 0 && doc.root.children.length > 0) doc.root.children[n % doc.root.children.length] = g
    else Object.defineProperty(doc.root, key, { value: g, enumerable: true, configurable: true, writable: true })
    return doc
  })

describe('SegmentBuilder given garbage', () => {
  const figures = area('react: garbage builder props')
  it('renders the builder or an error state for any value and catalog, never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(garbage, brokenPreset),
        fc.oneof({ weight: 4, arbitrary: fc.constant(exampleCatalog) }, garbage),
        (value, catalog) => {
          figures.inputs += 1
          try {
            const { container, unmount } = render(
              <SegmentBuilder catalog={catalog as Catalog} value={value as Segment} onChange={() => {}} />,
            )
            expect(container.textContent?.length ?? 0).toBeGreaterThan(0)
            unmount()
          } catch (error) {
            figures.throws += 1
            throw error
          }
        },
      ),
      params(25),
    )
  })
})
