import { describe, expect, it } from 'vitest'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { validateSegment } from '../validate/index.ts'
import { catalogItems, conditionForItem } from './catalog-items.ts'

describe('catalogItems', () => {
  it("lists a user's properties, events, lists, tags, segments and the account's properties, by kind", () => {
    const items = catalogItems(exampleCatalog, 'user')
    const kinds = [...new Set(items.map((i) => i.kind))]
    expect(kinds).toEqual(['property', 'event', 'list', 'tag', 'segment', 'related'])
    expect(items.find((i) => i.key === 'list:vip')).toMatchObject({ kind: 'list', label: 'VIP customers' })
    expect(items.find((i) => i.key === 'related:account:arr')).toMatchObject({ group: 'Account', label: 'ARR' })
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length)
  })

  it('keeps only the allowed kinds, and is memoised per catalog, entity and kinds', () => {
    const simple = catalogItems(exampleCatalog, 'user', ['property', 'list', 'tag'])
    expect([...new Set(simple.map((i) => i.kind))]).toEqual(['property', 'list', 'tag'])
    expect(catalogItems(exampleCatalog, 'user', ['property', 'list', 'tag'])).toBe(simple)
    expect(catalogItems(exampleCatalog, 'account').some((i) => i.key === 'list:churn_watch')).toBe(true)
  })
})

describe('conditionForItem', () => {
  const context = { catalog: exampleCatalog, entity: 'user' }
  const byKey = (key: string) => catalogItems(exampleCatalog, 'user').find((i) => i.key === key)!

  it('given the VIP list, creates a list membership condition (not a tag)', () => {
    expect(conditionForItem(byKey('list:vip'), context)).toMatchObject({ kind: 'list', list: 'vip', operator: 'in' })
  })

  it('creates a property, event, tag and segment condition on the chosen item', () => {
    expect(conditionForItem(byKey('property:marketing_consent'), context)).toMatchObject({
      kind: 'property',
      property: 'marketing_consent',
    })
    expect(conditionForItem(byKey('event:purchased'), context)).toMatchObject({ kind: 'event', event: 'purchased' })
    expect(conditionForItem(byKey('tag:influencer'), context)).toMatchObject({ kind: 'tag', tag: 'influencer' })
    const segment = exampleCatalog.segments![0]!
    expect(conditionForItem(byKey(`segment:${segment.id}`), context)).toMatchObject({
      kind: 'segment',
      segment: segment.id,
    })
  })

  it("given the account's ARR, creates a related condition holding an ARR condition", () => {
    const condition = conditionForItem(byKey('related:account:arr'), context)
    expect(condition).toMatchObject({ kind: 'related', relation: 'account' })
    expect(condition?.kind === 'related' && condition.root.children[0]).toMatchObject({
      kind: 'property',
      property: 'arr',
    })
  })

  it('every item of the example catalog gives a condition that validates, but for the value the user types next', () => {
    for (const entity of ['user', 'account']) {
      for (const item of catalogItems(exampleCatalog, entity)) {
        const condition = conditionForItem(item, { catalog: exampleCatalog, entity })
        expect(condition, item.key).toBeDefined()
        const segment = {
          version: 1 as const,
          id: 's',
          name: 'S',
          entity,
          root: { id: 'r', kind: 'group' as const, combinator: 'and' as const, children: [condition!] },
        }
        const errors = validateSegment(segment, exampleCatalog).filter(
          (i) => i.severity === 'error' && i.path.at(-1) !== 'value',
        )
        expect(errors, item.key).toEqual([])
      }
    }
  })

  it('given an item the catalog does not know, returns undefined', () => {
    expect(conditionForItem({ key: 'list:gone', kind: 'list', id: 'gone', label: 'Gone' }, context)).toBeUndefined()
    expect(
      conditionForItem(
        { key: 'related:nope:arr', kind: 'related', id: 'arr', relation: 'nope', label: 'ARR' },
        context,
      ),
    ).toBeUndefined()
  })
})
