/**
 * Before compiling: does the mapping hold every table and column the segment
 * needs? Walks the active tree (referenced segments and related groups too) and
 * reports each gap as a `mapping_missing` issue with the path of the node that
 * needs it, so `toSql` fails with a `SegmentError` instead of a crash.
 */

import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import type { ValueMeasure } from '../catalog/value-measure.ts'
import type { Issue } from '../errors.ts'
import type { Measure } from '../model/conditions.ts'
import { eventIdsOf } from '../model/event-ref.ts'
import type { EventFilter } from '../model/predicate.ts'
import { isPropertyReference } from '../model/property-reference.ts'
import { type Group, isActive, type SegmentNode } from '../model/segment.ts'
import { issue, type Path } from '../validate/issues.ts'
import type { Dialect } from './dialect.ts'
import { EVENT_COLUMN_TYPE, type SqlMapping, type TableMapping } from './mapping.ts'
import { own } from './resolved-mapping.ts'

interface Walk {
  catalog: CatalogIndex
  mapping: SqlMapping
  dialect: Dialect | undefined
  issues: Issue[]
  /** Issues already reported, by message, so that one gap is reported once. */
  seen: Set<string>
  /** Segments being walked (references are validated to be acyclic; this is a guard). */
  segments: Set<string>
  /** Segments walked already: each referenced segment is checked once, however often it is referenced. */
  walked: Set<string>
}

function report(w: Walk, path: Path, message: string, nodeId?: string): void {
  if (w.seen.has(message)) return
  w.seen.add(message)
  w.issues.push(issue('mapping_missing', path, message, nodeId))
}

function needColumns(w: Walk, what: string, t: TableMapping, roles: readonly string[], path: Path, nodeId?: string) {
  if (!t?.table) {
    report(w, path, `The mapping has no table for ${what}`, nodeId)
    return
  }
  for (const role of roles) {
    const name = own(t.columns, role)
    if (typeof name !== 'string' || name === '')
      report(w, path, `The mapping of ${what} has no '${role}' column`, nodeId)
  }
}

function needEntity(w: Walk, entity: string, path: Path, nodeId?: string): boolean {
  const m = own(w.mapping.entities, entity)
  if (!m?.table || !m.id) {
    report(w, path, `The mapping has no table for the entity '${entity}'`, nodeId)
    return false
  }
  const createdAt = w.catalog.entity(entity)?.createdAt
  const def = createdAt ? w.catalog.property(entity, createdAt) : undefined
  if (def) needProperty(w, entity, def, path, nodeId)
  return true
}

function needProperty(w: Walk, entity: string, def: PropertyDef, path: Path, nodeId?: string): void {
  if (def.computed) {
    needEvent(w, def.computed.event, def.computed.filters ?? [], def.computed.measure, path, nodeId)
    return
  }
  const m = own(w.mapping.entities, entity)
  if (!m) return
  const name = own(m.columns, def.id)
  if (typeof name !== 'string' || name === '')
    report(w, path, `The mapping of '${entity}' has no column for the property '${def.id}'`, nodeId)
  if (def.history) {
    needColumns(w, 'property history', w.mapping.history, ['entityId', 'property', 'value', 'from'], path, nodeId)
  }
}

/** One event property read by a filter or measure: its typed column or the properties column. */
function needEventProperty(w: Walk, eventId: string, property: string, path: Path, nodeId?: string): void {
  const e = w.mapping.events
  const type = w.catalog.eventProperty(eventId, property)?.type ?? 'string'
  const spec = own(own(e?.byEvent, eventId)?.columns, property)
  if (spec !== undefined && spec !== '') {
    const needed = EVENT_COLUMN_TYPE[type]
    const declared = typeof spec === 'string' ? undefined : spec.type
    if (needed === undefined)
      report(w, path, `The ${type} property '${property}' of '${eventId}' cannot be read from a typed column`, nodeId)
    else if (declared !== undefined && declared !== needed)
      report(
        w,
        path,
        `The column of '${property}' of '${eventId}' is declared ${declared}; the catalog's ${type} needs ${needed}`,
        nodeId,
      )
    return
  }
  const props = own(e?.columns, 'properties')
  if (typeof props !== 'string' || props === '') {
    report(w, path, `The mapping has no column for the property '${property}' of the event '${eventId}'`, nodeId)
    return
  }
  if (e.propertiesFormat === 'key_value') {
    if (w.dialect && !w.dialect.keyValueScalar)
      report(w, path, `The ${w.dialect.name} dialect cannot read key/value event properties`, nodeId)
    if (type === 'datetime' || type === 'string[]')
      report(
        w,
        path,
        `The ${type} property '${property}' of '${eventId}' cannot be read from key/value parameters`,
        nodeId,
      )
  }
}

function needEvent(
  w: Walk,
  eventId: string,
  filters: readonly EventFilter[],
  measure: Measure | ValueMeasure | undefined,
  path: Path,
  nodeId?: string,
) {
  const e = w.mapping.events
  const ownTable = own(e?.byEvent, eventId)?.table
  const roles = ['entityId', 'time']
  if (typeof ownTable !== 'string' || ownTable === '') roles.push('event')
  needColumns(w, 'events', e, roles, path, nodeId)
  if (!e?.table) return
  filters.forEach((f, i) => {
    needEventProperty(w, eventId, f.property, [...path, 'filters', i, 'property'], nodeId)
  })
  if (measure && 'property' in measure)
    needEventProperty(w, eventId, measure.property, [...path, 'form', 'measure', 'property'], nodeId)
}

/**
 * The events of a set, each as `needEvent` asks, and read as one: all in one shared table (not one
 * table per event), each filtered or measured property from the same typed column (or all from the
 * properties column).
 */
function needEventSet(
  w: Walk,
  ids: readonly string[],
  filters: readonly EventFilter[],
  measure: Measure | undefined,
  path: Path,
  nodeId?: string,
) {
  for (const id of ids) needEvent(w, id, filters, measure, path, nodeId)
  if (ids.length < 2) return
  const byEvent = w.mapping.events?.byEvent
  const tableOf = (id: string) => {
    const t = own(byEvent, id)?.table
    return typeof t === 'string' ? t : ''
  }
  const split = ids.find((id) => tableOf(id) !== '')
  if (split !== undefined)
    report(
      w,
      [...path, 'event'],
      `The events of one condition must share the events table; '${split}' has a table of its own`,
      nodeId,
    )
  const columnOf = (id: string, property: string) => {
    const c = own(own(byEvent, id)?.columns, property)
    return typeof c === 'string' ? c : c && typeof c.column === 'string' ? c.column : ''
  }
  const read = [...filters.map((f) => f.property), ...(measure && 'property' in measure ? [measure.property] : [])]
  for (const property of read) {
    const first = columnOf(ids[0]!, property)
    const other = ids.find((id) => columnOf(id, property) !== first)
    if (other !== undefined)
      report(
        w,
        [...path, 'event'],
        `The events of one condition must read '${property}' from the same column; '${ids[0]}' and '${other}' differ`,
        nodeId,
      )
  }
}

function walkGroup(w: Walk, group: Group, entity: string, path: Path): void {
  group.children.forEach((child, i) => {
    if (isActive(child)) walkNode(w, child, entity, [...path, 'children', i])
  })
}

function walkNode(w: Walk, node: SegmentNode, entity: string, path: Path): void {
  switch (node.kind) {
    case 'group':
      walkGroup(w, node, entity, path)
      return
    case 'opaque':
      return
    case 'property': {
      const def = w.catalog.property(entity, node.property)
      if (def) needProperty(w, entity, def, [...path, 'property'], node.id)
      if (isPropertyReference(node.value)) {
        const other = w.catalog.property(entity, node.value.property)
        if (other) needProperty(w, entity, other, [...path, 'value', 'property'], node.id)
      }
      return
    }
    case 'event':
      needEventSet(
        w,
        eventIdsOf(node.event, w.catalog, entity),
        node.filters,
        node.form.type === 'measure' ? node.form.measure : undefined,
        path,
        node.id,
      )
      return
    case 'sequence':
      node.steps.forEach((step, k) => {
        needEventSet(
          w,
          eventIdsOf(step.event, w.catalog, entity),
          step.filters,
          undefined,
          [...path, 'steps', k],
          node.id,
        )
      })
      return
    case 'list':
      needColumns(w, 'list memberships', w.mapping.lists, ['list', 'entityId'], path, node.id)
      return
    case 'tag':
      needColumns(w, 'tags', w.mapping.tags, ['tag', 'entityId'], path, node.id)
      return
    case 'segment': {
      const definition = w.catalog.segment(node.segment)?.definition
      if (!definition || w.segments.has(node.segment) || w.walked.has(node.segment)) return
      w.walked.add(node.segment)
      w.segments.add(node.segment)
      walkGroup(w, definition.root, entity, [...path, 'segment'])
      w.segments.delete(node.segment)
      return
    }
    case 'related': {
      const relation = w.catalog.relation(entity, node.relation)
      if (!relation) return
      if (!needEntity(w, relation.target, [...path, 'relation'], node.id)) return
      const owner = relation.type === 'many_to_one' ? entity : relation.target
      const fk = w.catalog.property(owner, relation.foreignKey)
      if (fk) needProperty(w, owner, fk, [...path, 'relation'], node.id)
      walkGroup(w, node.root, relation.target, [...path, 'root'])
      return
    }
    default: {
      node satisfies never
      return
    }
  }
}

/**
 * The gaps in `mapping` for compiling a (valid) segment of `entity` with root `root`: missing tables and
 * columns, typed event columns whose declared type does not hold the catalog type, and (given the
 * dialect) key/value properties the dialect cannot read.
 */
export function checkMapping(
  catalog: CatalogIndex,
  mapping: SqlMapping,
  entity: string,
  root: Group,
  dialect?: Dialect,
): Issue[] {
  const w: Walk = { catalog, mapping, dialect, issues: [], seen: new Set(), segments: new Set(), walked: new Set() }
  if (needEntity(w, entity, ['entity'])) walkGroup(w, root, entity, ['root'])
  return w.issues
}
