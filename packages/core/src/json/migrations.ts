/**
 * Versioned segment JSON: the registry of migrations from each older version to
 * the next one. Migrations work on plain JSON, before any schema check.
 */
import { SEGMENT_VERSION } from '../model/segment.ts'

type Json = unknown

/** A step from version N to N + 1, over plain JSON. */
export type SegmentMigration = (doc: Record<string, Json>) => Record<string, Json>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Version 0 nodes may lack ids: derive a stable one from the node's position. */
function legacyId(prefix: string, path: string): string {
  return `${prefix}-v0${path}`
}

/**
 * Version 0 is the rule format many query builders write (react-querybuilder's
 * shape): groups are `{ combinator: 'AND' | 'OR', not?, rules: [...] }` and
 * property rules are `{ field, operator, value }` with operators such as `=`,
 * `!=`, `<`, `contains`, `in`, `null`, `notNull`, `between`.
 */
const V0_OPERATORS: Readonly<Record<string, string>> = {
  '=': 'eq',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  contains: 'contains',
  doesNotContain: 'not_contains',
  beginsWith: 'starts_with',
  endsWith: 'ends_with',
  in: 'in',
  notIn: 'not_in',
  between: 'between',
  notBetween: 'not_between',
  null: 'is_not_set',
  notNull: 'is_set',
}

function migrateV0Node(node: unknown, path: string): unknown {
  if (!isRecord(node)) return node
  if (Array.isArray(node.rules)) {
    const combinator = String(node.combinator ?? 'and').toLowerCase()
    return {
      id: typeof node.id === 'string' ? node.id : legacyId('group', path),
      kind: 'group',
      combinator,
      ...(node.not === true ? { negated: true } : {}),
      children: node.rules.map((child, i) => migrateV0Node(child, `${path}-${i}`)),
    }
  }
  if (typeof node.field === 'string' && node.kind === undefined) {
    const operator = typeof node.operator === 'string' ? (V0_OPERATORS[node.operator] ?? node.operator) : node.operator
    const value = node.value
    const migrated: Record<string, unknown> = {
      id: typeof node.id === 'string' ? node.id : legacyId('rule', path),
      kind: 'property',
      property: node.field,
      operator,
    }
    if (operator !== 'is_set' && operator !== 'is_not_set' && value !== undefined) {
      migrated.value =
        (operator === 'in' || operator === 'not_in' || operator === 'between' || operator === 'not_between') &&
        typeof value === 'string'
          ? value.split(',').map((v) => (v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v.trim()))
          : value
    }
    return migrated
  }
  return node
}

/** Migrations by the version they start from. */
export const SEGMENT_MIGRATIONS: Readonly<Record<number, SegmentMigration>> = {
  0: (doc) => {
    const { rules: _rules, combinator: _combinator, not: _not, ...rest } = doc
    const root = isRecord(doc.root)
      ? migrateV0Node(doc.root, '')
      : migrateV0Node({ rules: doc.rules, combinator: doc.combinator, not: doc.not }, '')
    return {
      ...rest,
      version: 1,
      id: typeof doc.id === 'string' ? doc.id : 'migrated-segment',
      name: typeof doc.name === 'string' ? doc.name : 'Untitled segment',
      entity: typeof doc.entity === 'string' ? doc.entity : 'user',
      root,
    }
  },
}

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; reason: 'version_too_new' | 'version_invalid'; version: unknown }

/** Brings a segment document to the current version. A document without `version` is taken as version 0. */
export function migrateSegmentJson(doc: Record<string, unknown>): MigrationResult {
  const raw = doc.version === undefined ? 0 : doc.version
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0)
    return { ok: false, reason: 'version_invalid', version: raw }
  if (raw > SEGMENT_VERSION) return { ok: false, reason: 'version_too_new', version: raw }
  let current = doc
  for (let v = raw; v < SEGMENT_VERSION; v++) {
    const step = SEGMENT_MIGRATIONS[v]
    if (!step) return { ok: false, reason: 'version_invalid', version: raw }
    current = step(current)
  }
  return { ok: true, doc: current, from: raw }
}
