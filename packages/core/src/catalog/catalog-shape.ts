/**
 * The shape of a catalog, checked without zod: the fields that a consumer reads
 * without checking (the builder, on every render) are there with the right
 * types. It is not `parseCatalog`: no semantic checks (duplicates, relations,
 * computed properties), no copy. Never throws.
 */
import type { Issue } from '../errors.ts'
import { PROPERTY_TYPES } from '../model/operators.ts'
import { issue, type Path } from '../validate/issues.ts'
import type { Catalog } from './schema.ts'

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const own = (r: Rec, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined)
const TYPES: ReadonlySet<unknown> = new Set(PROPERTY_TYPES)

class CatalogShape {
  readonly issues: Issue[] = []

  bad(at: Path, field: string, detail: string): void {
    this.issues.push(
      issue({
        code: 'invalid_structure',
        at,
        field: [field],
        message: `Invalid '${field}': ${detail}`,
        params: { field, detail },
      }),
    )
  }

  /** `r[key]` must be an array (or absent when optional); each item checked by `each`. */
  list(r: Rec, key: string, at: Path, optional: boolean, each: (item: Rec, at: Path) => void): void {
    const value = own(r, key)
    if (value === undefined && optional) return
    if (!Array.isArray(value)) {
      this.bad(at, key, value === undefined ? 'required' : 'expected a list')
      return
    }
    value.forEach((item, i) => {
      if (isRecord(item)) each(item, [...at, key, i])
      else this.bad([...at, key], String(i), 'expected an object')
    })
  }

  id(item: Rec, at: Path): void {
    const id = own(item, 'id')
    if (typeof id !== 'string' || id === '') this.bad(at, 'id', id === undefined ? 'required' : 'expected text')
    const label = own(item, 'label')
    if (label !== undefined && typeof label !== 'string') this.bad(at, 'label', 'expected text')
  }

  property = (item: Rec, at: Path): void => {
    this.id(item, at)
    if (!TYPES.has(own(item, 'type'))) this.bad(at, 'type', `expected one of ${PROPERTY_TYPES.join(', ')}`)
  }

  entity = (item: Rec, at: Path): void => {
    this.id(item, at)
    this.list(item, 'properties', at, false, this.property)
  }

  event = (item: Rec, at: Path): void => {
    this.id(item, at)
    this.list(item, 'properties', at, true, this.property)
  }

  named = (item: Rec, at: Path): void => this.id(item, at)
}

/**
 * Shape problems of a catalog (`invalid_structure` issues with paths such as
 * `['entities', 0, 'properties', 2, 'type']`): entities and events are lists of
 * objects with ids, properties have ids and known types, lists, tags and
 * segments (when present) have ids. Empty when the catalog can be read safely;
 * run `parseCatalog` for the full check.
 */
export function checkCatalogShape(catalog: unknown): Issue[] {
  const shape = new CatalogShape()
  try {
    if (!isRecord(catalog)) {
      shape.issues.push(
        issue({
          code: 'invalid_structure',
          at: [],
          message: 'A catalog must be an object',
          params: { detail: 'object' },
        }),
      )
      return shape.issues
    }
    shape.list(catalog, 'entities', [], false, shape.entity)
    shape.list(catalog, 'events', [], false, shape.event)
    for (const key of ['lists', 'tags', 'segments']) shape.list(catalog, key, [], true, shape.named)
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'the value could not be read'
    shape.issues.push(
      issue({ code: 'unreadable', at: [], message: `The catalog could not be read: ${detail}`, params: { detail } }),
    )
  }
  return shape.issues
}

/** Whether `catalog` passes `checkCatalogShape`. */
export function isCatalogShaped(catalog: unknown): catalog is Catalog {
  return checkCatalogShape(catalog).length === 0
}
