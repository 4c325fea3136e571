import { describe, expect, it } from 'vitest'
import type { RelatedCondition } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { changeRelatedMatch, changeRelation } from './related.ts'

const condition: RelatedCondition = {
  id: 'r',
  kind: 'related',
  relation: 'account',
  match: { type: 'any' },
  root: {
    id: 'g',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'p', kind: 'property', property: 'name', operator: 'eq', value: 'Acme' }],
  },
}

describe('related conditions', () => {
  it('starts a count at "at least 1" and drops the count fields for the other types', () => {
    expect(changeRelatedMatch({ type: 'any' }, 'count')).toEqual({ type: 'count', comparison: 'gte', value: 1 })
    expect(changeRelatedMatch({ type: 'count', comparison: 'gt', value: 4 }, 'none')).toEqual({ type: 'none' })
  })

  it('keeps the nested conditions when the new relation has the same target', () => {
    expect(changeRelation(condition, 'account', exampleCatalog, 'user')).toEqual(condition)
  })

  it('leaves the condition unchanged for a relation the entity does not have', () => {
    expect(changeRelation(condition, 'nope', exampleCatalog, 'user')).toBe(condition)
  })

  it('starts the nested group again when the target entity changes', () => {
    const onAccount: RelatedCondition = { ...condition, relation: 'gone' }
    const next = changeRelation(onAccount, 'account', exampleCatalog, 'user')
    expect(next.relation).toBe('account')
    expect(next.root.children).toHaveLength(1)
    // A new condition of the new target, its property not chosen yet.
    expect(next.root.children[0]).toMatchObject({ kind: 'property', property: '' })
    expect(next.root.id).not.toBe('g')
  })
})
