import { describe, expect, it } from 'vitest'
import { SegmentSchema } from './segment-schemas.ts'

const base = { version: 1, id: 's1', name: 'Whales', entity: 'user' }

describe('SegmentSchema', () => {
  it('accepts a nested tree with every structural node form', () => {
    const segment = {
      ...base,
      root: {
        id: 'root',
        kind: 'group',
        combinator: 'and',
        children: [
          { id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
          {
            id: 'r',
            kind: 'related',
            relation: 'account',
            match: { type: 'any' },
            root: { id: 'rg', kind: 'group', combinator: 'or', children: [] },
          },
          { id: 'g', kind: 'group', combinator: 'or', negated: true, children: [] },
        ],
      },
    }
    expect(SegmentSchema.parse(segment)).toEqual(segment)
  })

  it('rejects a property condition without an operator', () => {
    const segment = {
      ...base,
      root: { id: 'root', kind: 'group', combinator: 'and', children: [{ id: 'p', kind: 'property', property: 'x' }] },
    }
    expect(SegmentSchema.safeParse(segment).success).toBe(false)
  })
})
