/**
 * Groups and the remaining condition kinds in SQL: lists and tags (membership
 * intervals at asOf), segment references (inlined), relations (correlated
 * subqueries over the related entity table), and entity existence.
 */
import type { RelatedCondition } from '../model/segment.ts'
import { type Group, isActive, type SegmentNode } from '../model/segment.ts'
import { durationMs } from '../model/time.ts'
import { column, definite, nextAlias, type SqlContext, table, timeAt, timeColumn } from './context.ts'
import { comparisonSql, eventConditionSql } from './event.ts'
import { predicateSql, propertyValue } from './property.ts'
import { sequenceSql } from './sequence.ts'

/** The entity exists at asOf: created at or before it (when the catalog names createdAt). */
export function existsSql(ctx: SqlContext, entity: string, alias: string): string {
  const createdAt = ctx.catalog.entity(entity)?.createdAt
  const def = createdAt ? ctx.catalog.property(entity, createdAt) : undefined
  if (!def) return '1 = 1'
  const v = propertyValue(ctx, entity, alias, def, timeAt(ctx, 0))
  return `(${v} IS NULL OR ${v} <= ${timeAt(ctx, 0)})`
}

function membershipSql(ctx: SqlContext, kind: 'lists' | 'tags', id: string, entity: string, alias: string): string {
  const m = ctx.mapping[kind]
  const a = nextAlias(ctx, 'm')
  const key = kind === 'lists' ? m.columns.list! : m.columns.tag!
  const idColumn = ctx.mapping.entities[entity]?.id ?? 'id'
  const where = [
    `${column(ctx, a, key)} = ${ctx.params.add(id, 'text')}`,
    `${column(ctx, a, m.columns.entityId!)} = ${column(ctx, alias, idColumn)}`,
  ]
  // Without validity columns a membership holds at every time.
  if (m.columns.from) {
    const from = timeColumn(ctx, a, m.columns.from)
    where.push(`(${from} IS NULL OR ${from} <= ${timeAt(ctx, 0)})`)
  }
  if (m.columns.to) {
    const to = timeColumn(ctx, a, m.columns.to)
    where.push(`(${to} IS NULL OR ${timeAt(ctx, 0)} < ${to})`)
  }
  return `EXISTS (SELECT 1 FROM ${table(ctx, m.table)} ${a} WHERE ${where.join(' AND ')})`
}

function relatedSql(ctx: SqlContext, node: RelatedCondition, entity: string, alias: string): string {
  const relation = ctx.catalog.relation(entity, node.relation)!
  const target = relation.target
  const targetMapping = ctx.mapping.entities[target]
  if (!targetMapping) throw new Error(`The mapping has no table for ${target}`)
  const t = nextAlias(ctx, 'r')
  const asOf = timeAt(ctx, 0)
  let link: string
  if (relation.type === 'many_to_one') {
    const fk = ctx.catalog.property(entity, relation.foreignKey)!
    link = `${column(ctx, t, targetMapping.id)} = ${propertyValue(ctx, entity, alias, fk, asOf)}`
  } else {
    const fk = ctx.catalog.property(target, relation.foreignKey)!
    link = `${propertyValue(ctx, target, t, fk, asOf)} = ${column(ctx, alias, ctx.mapping.entities[entity]?.id ?? 'id')}`
  }
  const inner = groupSql(ctx, node.root, target, t)
  const from = `FROM ${table(ctx, targetMapping.table)} ${t} WHERE ${link} AND ${existsSql(ctx, target, t)}`
  const match = node.match
  switch (match.type) {
    case 'any':
      return `EXISTS (SELECT 1 ${from} AND ${inner})`
    case 'none':
      return `NOT EXISTS (SELECT 1 ${from} AND ${inner})`
    case 'all':
      return `NOT EXISTS (SELECT 1 ${from} AND NOT ${inner})`
    case 'count':
      return definite(
        ctx,
        `(${comparisonSql(ctx, `(SELECT COUNT(*) ${from} AND ${inner})`, match.comparison, match.value, match.value2)})`,
      )
    default: {
      match satisfies never
      throw new Error('unknown related match')
    }
  }
}

/** An absolute instant, but never later than asOf: nothing after asOf exists (docs/semantics.md, Time travel). */
function notAfterAsOf(ctx: SqlContext, ms: number): string {
  if (ctx.asOf.kind === 'instant') return ctx.params.add(Math.min(ms, ctx.asOf.ms), 'bigint')
  const now = ctx.dialect.nowMs
  return `(CASE WHEN ${ctx.params.add(ms, 'bigint')} < ${now} THEN ${ctx.params.add(ms, 'bigint')} ELSE ${now} END)`
}

export function nodeSql(ctx: SqlContext, node: SegmentNode, entity: string, alias: string): string {
  switch (node.kind) {
    case 'group':
      return groupSql(ctx, node, entity, alias)
    case 'opaque':
      throw new Error('opaque nodes cannot be compiled; validate first')
    case 'property': {
      const def = ctx.catalog.property(entity, node.property)!
      const time = node.at
        ? node.at.type === 'absolute'
          ? notAfterAsOf(ctx, Date.parse(node.at.value))
          : timeAt(ctx, (node.at.type === 'ago' ? -1 : 1) * durationMs(node.at.duration))
        : timeAt(ctx, 0)
      return predicateSql(ctx, propertyValue(ctx, entity, alias, def, time), def.type, node)
    }
    case 'event':
      return eventConditionSql(ctx, entity, alias, node.event, node.filters, node.form)
    case 'sequence':
      return sequenceSql(ctx, entity, alias, node)
    case 'list': {
      const expr = membershipSql(ctx, 'lists', node.list, entity, alias)
      return node.operator === 'in' ? expr : `NOT ${expr}`
    }
    case 'tag': {
      const expr = membershipSql(ctx, 'tags', node.tag, entity, alias)
      return node.operator === 'has' ? expr : `NOT ${expr}`
    }
    case 'segment': {
      const definition = ctx.catalog.segment(node.segment)!.definition
      const expr = groupSql(ctx, definition.root, entity, alias)
      return node.operator === 'in' ? expr : `NOT ${expr}`
    }
    case 'related':
      return relatedSql(ctx, node, entity, alias)
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

/** A group as a two-valued boolean: empty AND is true, empty OR false, NOT flips. */
export function groupSql(ctx: SqlContext, group: Group, entity: string, alias: string): string {
  const parts = group.children.filter(isActive).map((c) => nodeSql(ctx, c, entity, alias))
  const joined =
    parts.length === 0
      ? group.combinator === 'and'
        ? '1 = 1'
        : '1 = 0'
      : parts.map((p) => `(${p})`).join(group.combinator === 'and' ? ' AND ' : ' OR ')
  return group.negated ? `NOT (${joined})` : `(${joined})`
}
