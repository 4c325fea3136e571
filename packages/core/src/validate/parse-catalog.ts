/**
 * Reading a catalog from untrusted JSON: the zod structure, then the semantic
 * checks (unique ids, relations and keys that resolve, enum options, computed
 * properties over real events, valid and acyclic catalog segments).
 */
import { type Catalog, CatalogSchema, type PropertyDef } from '../catalog/schema.ts'
import { isValueMeasure, type ValueMeasureFn } from '../catalog/value-measure.ts'
import type { Issue } from '../errors.ts'
import { hasErrors } from '../errors.ts'
import type { PropertyType } from '../model/operators.ts'
import { fromZod, issue, type Path } from './issues.ts'
import { validateSegment } from './validate-segment.ts'

/** The result of `parseCatalog`: the catalog and its warnings, or the issues that make it unusable. */
export type ParseCatalogResult = { ok: true; catalog: Catalog; issues: Issue[] } | { ok: false; issues: Issue[] }

function duplicates(items: readonly { id: string }[], path: Path, what: string, issues: Issue[]): void {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push(issue('duplicate_id', [...path, i, 'id'], `Duplicate ${what} id '${item.id}'`))
    seen.add(item.id)
  })
}

function checkProperties(props: readonly PropertyDef[], path: Path, catalog: Catalog, issues: Issue[]): void {
  duplicates(props, path, 'property', issues)
  props.forEach((p, i) => {
    const ppath = [...path, i]
    if (p.type === 'enum' && (!p.options || p.options.length === 0)) {
      issues.push(issue('catalog_invalid', [...ppath, 'options'], `The enum property '${p.id}' needs options`))
    }
    if (p.computed) {
      const c = p.computed
      const event = catalog.events.find((e) => e.id === c.event)
      if (!event) {
        issues.push(
          issue(
            'unknown_event',
            [...ppath, 'computed', 'event'],
            `Computed property '${p.id}' uses unknown event '${c.event}'`,
          ),
        )
        return
      }
      const measure = c.measure
      if (isValueMeasure(measure)) {
        const def = event.properties.find((ep) => ep.id === measure.property)
        if (!def) {
          issues.push(
            issue(
              'unknown_event_property',
              [...ppath, 'computed', 'measure', 'property'],
              `Unknown property '${measure.property}' of ${event.label}`,
            ),
          )
          return
        }
        const problem = valueMeasureProblem(measure.fn, def.type, p.type)
        if (problem) issues.push(issue('catalog_invalid', [...ppath, 'type'], `Computed property '${p.id}' ${problem}`))
        return
      }
      if (p.type !== 'number')
        issues.push(issue('catalog_invalid', [...ppath, 'type'], `Computed property '${p.id}' must be a number`))
      // A computed property is read at any instant, by any segment: a calendar would need the reader's time zone.
      if (c.window.type === 'calendar')
        issues.push(
          issue(
            'catalog_invalid',
            [...ppath, 'computed', 'window'],
            `Computed property '${p.id}' cannot use a calendar window: use a fixed one (last 30 days)`,
          ),
        )
      if (c.measure.fn !== 'count' && c.measure.fn !== 'active_days') {
        const prop = c.measure.property
        const def = event.properties.find((ep) => ep.id === prop)
        if (!def) {
          issues.push(
            issue(
              'unknown_event_property',
              [...ppath, 'computed', 'measure', 'property'],
              `Unknown property '${prop}' of ${event.label}`,
            ),
          )
        } else if (c.measure.fn !== 'distinct' && def.type !== 'number') {
          issues.push(
            issue(
              'measure_property_type',
              [...ppath, 'computed', 'measure', 'property'],
              `${c.measure.fn} needs a number property`,
            ),
          )
        }
      }
    }
  })
}

/**
 * Why a value measure over an event property of type `from` cannot make a property of type `to`:
 * `first`, `last` and `most_frequent` keep the type (string, enum, number, datetime); `unique_list`
 * makes a `string[]` of a string or enum property.
 */
function valueMeasureProblem(fn: ValueMeasureFn, from: PropertyType, to: PropertyType): string | undefined {
  if (fn === 'unique_list')
    return from === 'string' || from === 'enum'
      ? to === 'string[]'
        ? undefined
        : 'must be a string[] (a unique list)'
      : `lists text values only; '${from}' is not text`
  if (from === 'boolean' || from === 'string[]') return `cannot take the ${fn} value of a ${from} property`
  return to === from ? undefined : `must have the type of the event property (${from})`
}

/** Validates a catalog. Never throws. */
export function parseCatalog(input: unknown): ParseCatalogResult {
  const parsed = CatalogSchema.safeParse(input)
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error.issues, []) }
  const catalog = parsed.data
  const issues: Issue[] = []
  duplicates(catalog.entities, ['entities'], 'entity', issues)
  duplicates(catalog.events, ['events'], 'event', issues)
  duplicates(catalog.lists ?? [], ['lists'], 'list', issues)
  duplicates(catalog.tags ?? [], ['tags'], 'tag', issues)
  duplicates(catalog.segments ?? [], ['segments'], 'segment', issues)
  const entityIds = new Set(catalog.entities.map((e) => e.id))
  catalog.entities.forEach((entity, i) => {
    const path: Path = ['entities', i]
    checkProperties(entity.properties, [...path, 'properties'], catalog, issues)
    if (entity.createdAt !== undefined) {
      const created = entity.properties.find((p) => p.id === entity.createdAt)
      if (created?.type !== 'datetime') {
        issues.push(
          issue(
            'catalog_invalid',
            [...path, 'createdAt'],
            `createdAt must name a datetime property of ${entity.label}`,
          ),
        )
      }
    }
    duplicates(entity.relations ?? [], [...path, 'relations'], 'relation', issues)
    ;(entity.relations ?? []).forEach((rel, j) => {
      const rpath = [...path, 'relations', j]
      const target = catalog.entities.find((e) => e.id === rel.target)
      if (!target) {
        issues.push(
          issue(
            'unknown_entity',
            [...rpath, 'target'],
            `Relation '${rel.id}' points at unknown entity type '${rel.target}'`,
          ),
        )
        return
      }
      const holder = rel.type === 'many_to_one' ? entity : target
      if (!holder.properties.some((p) => p.id === rel.foreignKey)) {
        issues.push(
          issue(
            'unknown_property',
            [...rpath, 'foreignKey'],
            `Foreign key '${rel.foreignKey}' is not a property of ${holder.label}`,
          ),
        )
      }
    })
  })
  catalog.events.forEach((event, i) => {
    if (event.entity !== undefined && !entityIds.has(event.entity)) {
      issues.push(
        issue(
          'unknown_entity',
          ['events', i, 'entity'],
          `Event '${event.id}' names unknown entity type '${event.entity}'`,
        ),
      )
    }
    checkProperties(event.properties, ['events', i, 'properties'], catalog, issues)
  })
  for (const key of ['lists', 'tags'] as const) {
    ;(catalog[key] ?? []).forEach((item, i) => {
      if (!entityIds.has(item.entity)) {
        issues.push(
          issue('unknown_entity', [key, i, 'entity'], `'${item.id}' names unknown entity type '${item.entity}'`),
        )
      }
    })
  }
  if (!hasErrors(issues)) {
    ;(catalog.segments ?? []).forEach((s, i) => {
      for (const found of validateSegment(s.definition, catalog)) {
        if (found.severity === 'error') issues.push({ ...found, path: ['segments', i, 'definition', ...found.path] })
      }
    })
  }
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, catalog, issues }
}
