/**
 * Groups and the remaining condition kinds in SQL: lists and tags (membership
 * intervals at asOf, as semi-joins), segment references (compiled once, as a
 * common table expression, where the query can hold one), relations (subqueries
 * over the related entity table), and entity existence.
 */

import { calendarOf } from '../model/calendar.ts'
import { isPropertyReference } from '../model/property-reference.ts'
import type { RelatedCondition } from '../model/segment.ts'
import { type Group, isActive, requiredMatches, type SegmentNode } from '../model/segment.ts'
import { hasStepReferences, isSingleEventSequence, planSequenceKey } from '../model/sequence-key.ts'
import { durationMs } from '../model/time.ts'
import { uniqueListSql } from './computed-values.ts'
import {
  column,
  FALSE_SQL,
  knownTime,
  msParam,
  nextAlias,
  type SqlContext,
  TRUE_SQL,
  timeAt,
  timeCompare,
} from './context.ts'
import { compareNumbers, comparisonSql, entityId, eventConditionSql } from './event.ts'
import { join, param, raw, type SqlFragment, sql } from './fragment.ts'
import { pairSql, predicateSql, propertyValue } from './property.ts'
import { openRow, rowJoinsSql } from './row-joins.ts'
import { sequenceSql } from './sequence.ts'
import { keyedSequenceSql } from './sequence-keyed.ts'

/** The entity exists at asOf: created at or before it (when the catalog names createdAt). */
export function existsSql(ctx: SqlContext, entity: string, alias: string): SqlFragment {
  const createdAt = ctx.catalog.entity(entity)?.createdAt
  const def = createdAt ? ctx.catalog.property(entity, createdAt) : undefined
  if (!def) return TRUE_SQL
  const name = ctx.mapping.entity(entity).column(def.id)
  if (name !== undefined && !def.history && !def.computed) {
    // A plain column, compared bare (partition pruning and zone maps work on it).
    return sql`(${column(alias, name)} IS NULL OR ${timeCompare(ctx, alias, name, '<=', timeAt(ctx, 0), knownTime(ctx, 0))})`
  }
  const v = propertyValue(ctx, entity, alias, def, timeAt(ctx, 0))
  return sql`(${v} IS NULL OR ${v} <= ${timeAt(ctx, 0)})`
}

/** `alias.id IN (SELECT entity_id FROM memberships WHERE key = ? AND from <= asOf < to)`. */
function membershipSql(
  ctx: SqlContext,
  kind: 'lists' | 'tags',
  id: string,
  entity: string,
  alias: string,
): SqlFragment {
  const m = ctx.mapping.membership(kind)
  const a = nextAlias(ctx, 'm')
  const member = column(a, m.entityId)
  const where = [sql`${column(a, m.key)} = ${param(id, 'text')}`, sql`${member} IS NOT NULL`]
  // Without validity columns a membership holds at every time.
  if (m.from) where.push(sql`(${column(a, m.from)} IS NULL OR ${timeCompare(ctx, a, m.from, '<=', timeAt(ctx, 0))})`)
  if (m.to) where.push(sql`(${column(a, m.to)} IS NULL OR ${timeCompare(ctx, a, m.to, '>', timeAt(ctx, 0))})`)
  return sql`${entityId(ctx, entity, alias)} IN (SELECT ${member} FROM ${m.table} ${raw(a)} WHERE ${join(where, ' AND ')})`
}

/**
 * A relation as a semi-join on the related rows' keys: `<key here> IN (SELECT <key there> FROM target …)`
 * (the target row's id for many-to-one, its foreign key for one-to-many), its complement as the anti-join,
 * a count as `GROUP BY key HAVING …` (the anti-join of its complement when the comparison holds at zero).
 * No correlated subquery; two-valued, since neither side of `IN` is ever NULL.
 */
function relatedSql(ctx: SqlContext, node: RelatedCondition, entity: string, alias: string): SqlFragment {
  const relation = ctx.catalog.relation(entity, node.relation)
  if (!relation) throw new Error(`validation lets no unknown relation through: ${node.relation}`)
  const target = relation.target
  const targetMapping = ctx.mapping.entity(target)
  const t = nextAlias(ctx, 'r')
  openRow(ctx, t)
  const asOf = timeAt(ctx, 0)
  const owner = relation.type === 'many_to_one' ? entity : target
  const fk = ctx.catalog.property(owner, relation.foreignKey)
  if (!fk) throw new Error(`validation lets no unknown foreign key through: ${relation.foreignKey}`)
  // `here` on the entity row, `there` on the related row: equal when the two are related.
  const [here, there] =
    relation.type === 'many_to_one'
      ? [propertyValue(ctx, entity, alias, fk, asOf), column(t, targetMapping.id)]
      : [entityId(ctx, entity, alias), propertyValue(ctx, target, t, fk, asOf)]
  const inner = groupSql(ctx, node.root, target, t)
  const exists = existsSql(ctx, target, t)
  /** The entities related to a target row where `where` holds (grouped by the key when `having`). */
  const related = (where: SqlFragment, having?: SqlFragment): SqlFragment => {
    const group = having ? sql` GROUP BY ${there} HAVING ${having}` : raw('')
    const keys = sql`SELECT ${there} FROM ${targetMapping.table} ${raw(t)}${rowJoinsSql(ctx, t, column(t, targetMapping.id))} WHERE ${there} IS NOT NULL AND ${exists} AND ${where}${group}`
    const member = sql`${here} IN (${keys})`
    return relation.type === 'many_to_one' ? sql`(${here} IS NOT NULL AND ${member})` : member
  }
  const match = node.match
  switch (match.type) {
    case 'any':
      return related(inner)
    case 'none':
      return sql`NOT (${related(inner)})`
    case 'all':
      return sql`NOT (${related(sql`NOT ${inner}`)})`
    case 'count': {
      const holds = sql`(${comparisonSql(raw('COUNT(*)'), match.comparison, match.value, match.value2)})`
      // Holds for an entity without related rows: every entity but those whose related rows make it fail.
      return compareNumbers(0, match.comparison, match.value, match.value2)
        ? sql`NOT (${related(inner, sql`NOT ${holds}`)})`
        : related(inner, holds)
    }
    default: {
      match satisfies never
      throw new Error('unknown related match')
    }
  }
}

/** An absolute instant, but never later than asOf: nothing after asOf exists (docs/semantics.md, Time travel). */
function notAfterAsOf(ctx: SqlContext, ms: number): SqlFragment {
  if (ctx.asOf.kind === 'instant') return msParam(Math.min(ms, ctx.asOf.ms))
  const now = ctx.dialect.nowMs
  return sql`(CASE WHEN ${msParam(ms)} < ${now} THEN ${msParam(ms)} ELSE ${now} END)`
}

/**
 * A referenced catalog segment: with a WITH clause available, its members compiled once as a common
 * table expression (`seg_<n>`) that every reference reads; otherwise inlined.
 */
function segmentSql(outer: SqlContext, segmentId: string, entity: string, alias: string): SqlFragment {
  const definition = outer.catalog.segment(segmentId)?.definition
  if (!definition) throw new Error(`validation lets no unknown segment through: ${segmentId}`)
  // A referenced segment keeps its own calendar (unless the options set a time zone).
  const ctx: SqlContext = { ...outer, calendar: calendarOf(definition, outer.timeZone) }
  if (ctx.segments === undefined) return groupSql(ctx, definition.root, entity, alias)
  let compiled = ctx.segments.get(segmentId)
  if (compiled === undefined) {
    const a = nextAlias(ctx, 's')
    const m = ctx.mapping.entity(entity)
    // Compiled before it is registered: the segments it refers to come first in the WITH clause.
    openRow(ctx, a)
    const where = groupSql(ctx, definition.root, entity, a)
    const id = column(a, m.id)
    compiled = {
      name: nextAlias(ctx, 'seg_'),
      body: sql`SELECT ${id} AS id FROM ${m.table} ${raw(a)}${rowJoinsSql(ctx, a, id)} WHERE ${where}`,
    }
    ctx.segments.set(segmentId, compiled)
  }
  return sql`${entityId(ctx, entity, alias)} IN (SELECT id FROM ${raw(compiled.name)})`
}

export function nodeSql(ctx: SqlContext, node: SegmentNode, entity: string, alias: string): SqlFragment {
  switch (node.kind) {
    case 'group':
      return groupSql(ctx, node, entity, alias)
    case 'opaque':
      throw new Error('opaque nodes cannot be compiled; validate first')
    case 'property': {
      const def = ctx.catalog.property(entity, node.property)
      if (!def) throw new Error(`validation lets no unknown property through: ${node.property}`)
      const time = node.at
        ? node.at.type === 'absolute'
          ? notAfterAsOf(ctx, Date.parse(node.at.value))
          : timeAt(ctx, (node.at.type === 'ago' ? -1 : 1) * durationMs(node.at.duration))
        : timeAt(ctx, 0)
      if (isPropertyReference(node.value)) {
        const otherDef = ctx.catalog.property(entity, node.value.property)
        if (!otherDef) throw new Error(`validation lets no unknown property through: ${node.value.property}`)
        const left = propertyValue(ctx, entity, alias, def, time)
        const right = propertyValue(ctx, entity, alias, otherDef, time)
        return pairSql(ctx, left, right, def.type, node, node.value)
      }
      const c = def.computed
      if (c && c.measure.fn === 'unique_list')
        return uniqueListSql(ctx, entity, alias, { ...c, measure: c.measure }, node, time)
      return predicateSql(ctx, propertyValue(ctx, entity, alias, def, time), def.type, node)
    }
    case 'event':
      return eventConditionSql(ctx, entity, alias, node.event, node.filters, node.form)
    case 'sequence':
      return hasStepReferences(node.steps) && isSingleEventSequence(node)
        ? keyedSequenceSql(ctx, entity, alias, node, planSequenceKey(node.steps).plan)
        : sequenceSql(ctx, entity, alias, node)
    case 'list': {
      const expr = membershipSql(ctx, 'lists', node.list, entity, alias)
      return node.operator === 'in' ? expr : sql`NOT (${expr})`
    }
    case 'tag': {
      const expr = membershipSql(ctx, 'tags', node.tag, entity, alias)
      return node.operator === 'has' ? expr : sql`NOT (${expr})`
    }
    case 'segment': {
      const expr = segmentSql(ctx, node.segment, entity, alias)
      return node.operator === 'in' ? expr : sql`NOT (${expr})`
    }
    case 'related':
      return relatedSql(ctx, node, entity, alias)
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

/**
 * Conditions joined with AND / OR (or counts added with +) as a balanced tree of parentheses: a flat group of 10,000
 * conditions nests about 14 deep, inside every engine's expression-depth limit.
 */
export function balanced(parts: readonly SqlFragment[], op: 'AND' | 'OR' | '+'): SqlFragment {
  if (parts.length === 1) return sql`(${parts[0]!})`
  // Up to 16 terms side by side, then halves: shallow and few parentheses.
  if (parts.length <= 16)
    return sql`(${join(
      parts.map((p) => sql`(${p})`),
      ` ${op} `,
    )})`
  const mid = parts.length >> 1
  return sql`(${balanced(parts.slice(0, mid), op)} ${raw(op)} ${balanced(parts.slice(mid), op)})`
}

/** "At least k of these": the number of parts that hold (a NULL counts as not), compared with k. */
function atLeastSql(parts: readonly SqlFragment[], k: number): SqlFragment {
  if (k > parts.length) return sql`(${FALSE_SQL})`
  const held = parts.map((p) => sql`CASE WHEN ${p} THEN 1 ELSE 0 END`)
  return sql`(${balanced(held, '+')} >= ${raw(String(k))})`
}

/** A group as a two-valued boolean: empty AND is true, empty OR false, NOT flips. */
export function groupSql(ctx: SqlContext, group: Group, entity: string, alias: string): SqlFragment {
  const parts = group.children.filter(isActive).map((c) => nodeSql(ctx, c, entity, alias))
  const atLeast = group.combinator === 'and' ? 1 : requiredMatches(group, parts.length)
  const joined =
    atLeast > 1
      ? atLeastSql(parts, atLeast)
      : parts.length === 0
        ? sql`(${group.combinator === 'and' ? TRUE_SQL : FALSE_SQL})`
        : balanced(parts, group.combinator === 'and' ? 'AND' : 'OR')
  return group.negated ? sql`NOT ${joined}` : joined
}
