import { describe, expect, it } from 'vitest'
import type { Catalog } from '../catalog/schema.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseCatalog } from './parse-catalog.ts'

const clone = (): Catalog => structuredClone(exampleCatalog)

describe('parseCatalog', () => {
  it('accepts the example catalog', () => {
    const result = parseCatalog(exampleCatalog)
    expect(result).toMatchObject({ ok: true, issues: [] })
  })

  it('reports a structural problem with its path', () => {
    const result = parseCatalog({
      entities: [{ id: 'user', label: 'User', properties: [{ id: 'x', label: 'X', type: 'money' }] }],
      events: [],
    })
    expect(result.ok).toBe(false)
    expect(result.issues[0]?.path).toEqual(['entities', 0, 'properties', 0, 'type'])
  })

  it('reports duplicate ids', () => {
    const catalog = clone()
    catalog.events.push({ ...catalog.events[0]! })
    expect(parseCatalog(catalog).issues.map((i) => i.code)).toContain('duplicate_id')
  })

  it('reports a relation to an unknown entity type and a foreign key that does not exist', () => {
    const catalog = clone()
    catalog.entities[0]!.relations = [
      { id: 'team', label: 'Team', target: 'team', type: 'many_to_one', foreignKey: 'team_id' },
      { id: 'acc', label: 'Acc', target: 'account', type: 'many_to_one', foreignKey: 'acc_id' },
    ]
    expect(parseCatalog(catalog).issues.map((i) => i.code)).toEqual(['unknown_entity', 'unknown_property'])
  })

  it('reports an enum without options and a createdAt that is not a datetime', () => {
    const catalog = clone()
    catalog.entities[0]!.properties.push({ id: 'tier', label: 'Tier', type: 'enum' })
    catalog.entities[0]!.createdAt = 'email'
    expect(parseCatalog(catalog).issues.map((i) => i.code)).toEqual(['catalog_invalid', 'catalog_invalid'])
  })

  it('reports a computed property over an unknown event or a non-number property', () => {
    const catalog = clone()
    catalog.entities[0]!.properties.push(
      {
        id: 'c1',
        label: 'C1',
        type: 'number',
        computed: { event: 'ghost', measure: { fn: 'count' }, window: { type: 'ever' } },
      },
      {
        id: 'c2',
        label: 'C2',
        type: 'number',
        computed: { event: 'purchased', measure: { fn: 'avg', property: 'coupon' }, window: { type: 'ever' } },
      },
    )
    expect(parseCatalog(catalog).issues.map((i) => i.code)).toEqual(['unknown_event', 'measure_property_type'])
  })

  it('accepts value computed properties of the event property type, and refuses other types at their type', () => {
    const catalog = clone()
    const ever = { type: 'ever' } as const
    const take = (id: string, type: 'string' | 'number' | 'string[]' | 'enum', fn: string, property: string) =>
      ({ id, label: id, type, computed: { event: 'purchased', measure: { fn, property }, window: ever } }) as never
    const base = catalog.entities[0]!.properties.length
    const at = (k: number) => `entities.0.properties.${base + k}`
    catalog.entities[0]!.properties.push(
      take('ok1', 'string', 'most_frequent', 'currency'),
      take('ok2', 'number', 'last', 'amount'),
      take('ok3', 'string[]', 'unique_list', 'coupon'),
      take('bad1', 'number', 'first', 'currency'),
      take('bad2', 'string', 'unique_list', 'coupon'),
      take('bad3', 'string[]', 'unique_list', 'amount'),
      take('bad4', 'string', 'first', 'ghost'),
    )
    const expected = [
      ['catalog_invalid', `${at(3)}.type`],
      ['catalog_invalid', `${at(4)}.type`],
      ['catalog_invalid', `${at(5)}.type`],
      ['unknown_event_property', `${at(6)}.computed.measure.property`],
    ]
    const issues = parseCatalog(catalog).issues
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(expected)
  })

  it('reports catalog segments that refer to each other in a cycle', () => {
    const catalog = clone()
    const ref = (id: string, target: string) => ({
      id,
      label: id,
      definition: {
        version: 1,
        id,
        name: id,
        entity: 'user',
        root: {
          id: `${id}-root`,
          kind: 'group' as const,
          combinator: 'and' as const,
          children: [{ id: `${id}-ref`, kind: 'segment' as const, segment: target, operator: 'in' as const }],
        },
      },
    })
    catalog.segments = [ref('a', 'b'), ref('b', 'a')]
    const result = parseCatalog(catalog)
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => i.code)).toContain('segment_cycle')
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(['segments', 0, 'definition'])
  })
})
