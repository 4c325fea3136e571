import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseCatalog } from '../validate/parse-catalog.ts'
import { checkCatalogShape, isCatalogShaped } from './catalog-shape.ts'

describe('checkCatalogShape', () => {
  it('finds nothing wrong with a real catalog', () => {
    expect(checkCatalogShape(exampleCatalog)).toEqual([])
    expect(isCatalogShaped(exampleCatalog)).toBe(true)
  })

  it('says where a catalog is broken', () => {
    const paths = (value: unknown) => checkCatalogShape(value).map((i) => i.path)
    expect(paths(null)).toEqual([[]])
    expect(paths({})).toEqual([['entities'], ['events']])
    expect(paths({ entities: [{ id: 'user' }], events: [] })).toEqual([['entities', 0, 'properties']])
    expect(
      paths({ entities: [{ id: 'user', properties: [{ id: 'age', type: 'int' }, 5] }], events: [{ label: 3 }] }),
    ).toEqual([
      ['entities', 0, 'properties', 0, 'type'],
      ['entities', 0, 'properties', '1'],
      ['events', 0, 'id'],
      ['events', 0, 'label'],
    ])
    expect(paths({ entities: [], events: [], lists: 'beta' })).toEqual([['lists']])
    expect(checkCatalogShape({}).every((i) => i.code === 'invalid_structure' && i.severity === 'error')).toBe(true)
  })

  it('never throws, and accepts nothing that parseCatalog refuses for its shape', () => {
    const throwing = {}
    Object.defineProperty(throwing, 'entities', {
      get() {
        throw new Error('no')
      },
    })
    expect(checkCatalogShape(throwing).map((i) => i.code)).toEqual(['unreadable'])
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const issues = checkCatalogShape(value)
        if (issues.length === 0) expect(parseCatalog(value).ok || parseCatalog(value).issues.length > 0).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
