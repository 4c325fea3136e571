/**
 * Before compiling: does the mapping hold every table and column the segment
 * needs? Walks the active tree (referenced segments and related groups too) and
 * reports each gap as a `mapping_missing` issue with the path of the node that
 * needs it, so `toSql` fails with a `SegmentError` instead of a crash.
 */

import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import type { Measure } from '../model/conditions.ts'
import type { EventFilter } from '../model/predicate.ts'
import { isPropertyReference } from '../model/property-reference.ts'
import { type Group, isActive, type SegmentNode } from '../model/segment.ts'
import { issue, type Path } from '../validate/issues.ts'
import type { SqlMapping, TableMapping } from './mapping.ts'
import { own } from './resolved-mapping.ts'

interface Walk {
  catalog: CatalogIndex
  mapping: SqlMapping
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
    needEvents(w, def.computed.filters ?? [], def.computed.measure, path, nodeId)
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

function needEvents(
  w: Walk,
  filters: readonly EventFilter[],
  measure: Measure | undefined,
  path: Path,
  nodeId?: string,
) {
  const roles = ['entityId', 'event', 'time']
  if (filters.length > 0 || (measure && 'property' in measure)) roles.push('properties')
  needColumns(w, 'events', w.mapping.events, roles, path, nodeId)
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
      needEvents(w, node.filters, node.form.type === 'measure' ? node.form.measure : undefined, path, node.id)
      return
    case 'sequence':
      needEvents(
        w,
        node.steps.flatMap((s) => s.filters),
        undefined,
        path,
        node.id,
      )
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

/** The gaps in `mapping` for compiling a (valid) segment of `entity` with root `root`. */
export function checkMapping(catalog: CatalogIndex, mapping: SqlMapping, entity: string, root: Group): Issue[] {
  const w: Walk = { catalog, mapping, issues: [], seen: new Set(), segments: new Set(), walked: new Set() }
  if (needEntity(w, entity, ['entity'])) walkGroup(w, root, entity, ['root'])
  return w.issues
}
