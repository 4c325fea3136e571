/**
 * Reading a segment from untrusted JSON. Never throws: it returns the segment it
 * could recover and the issues it found. A node of an unknown kind, or a known
 * node whose fields are malformed, is kept as an OpaqueNode holding its raw
 * JSON, so a round trip loses nothing.
 */

import * as z from 'zod/mini'
import type { Catalog } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { hasErrors } from '../errors.ts'
import { migrateSegmentJson } from '../json/migrations.ts'
import {
  EventConditionSchema,
  ListConditionSchema,
  NodeFields,
  PropertyConditionSchema,
  RelatedMatchSchema,
  SegmentRefConditionSchema,
  SequenceConditionSchema,
  TagConditionSchema,
} from '../model/conditions.ts'
import type { Group, OpaqueNode, RelatedCondition, Segment, SegmentNode } from '../model/segment.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { InstantSchema } from '../model/time-schemas.ts'
import { fromZod, issue, type Path } from './issues.ts'
import { type ValidateOptions, validateSegment } from './validate-segment.ts'

export interface ParseSegmentOptions extends ValidateOptions {
  /** With a catalog, semantic checks run too (unknown properties, operators, values…). */
  catalog?: Catalog | undefined
}

export interface ParseSegmentResult {
  /** No error-severity issue. */
  ok: boolean
  /** The recovered segment; undefined only when the document has no usable shape at all. */
  segment: Segment | undefined
  issues: Issue[]
}

const GroupHeaderSchema = z.object({
  ...NodeFields,
  kind: z.literal('group'),
  combinator: z.enum(['and', 'or']),
  negated: z.optional(z.boolean()),
  collapsed: z.optional(z.boolean()),
  children: z.array(z.unknown()),
})

const RelatedHeaderSchema = z.object({
  ...NodeFields,
  kind: z.literal('related'),
  relation: z.string(),
  match: RelatedMatchSchema,
  root: z.unknown(),
})

const LEAF_SCHEMAS = {
  property: PropertyConditionSchema,
  event: EventConditionSchema,
  sequence: SequenceConditionSchema,
  list: ListConditionSchema,
  tag: TagConditionSchema,
  segment: SegmentRefConditionSchema,
} as const

const DocumentSchema = z.object({
  version: z.number(),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.optional(z.string()),
  entity: z.string().check(z.minLength(1)),
  asOf: z.optional(InstantSchema),
  root: z.unknown(),
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function opaqueId(raw: unknown, path: Path): string {
  return isRecord(raw) && typeof raw.id === 'string' && raw.id !== ''
    ? raw.id
    : `invalid${path.map((p) => `-${p}`).join('')}`
}

function opaque(raw: unknown, path: Path, reason: OpaqueNode['reason']): OpaqueNode {
  return { id: opaqueId(raw, path), kind: 'opaque', reason, raw }
}

function readGroup(raw: unknown, path: Path, issues: Issue[]): Group | OpaqueNode {
  const header = GroupHeaderSchema.safeParse(raw)
  if (!header.success) {
    const node = opaque(raw, path, 'invalid')
    issues.push(...fromZod(header.error.issues, path, node.id))
    return node
  }
  const children = header.data.children.map((child, i) => readNode(child, [...path, 'children', i], issues))
  return { ...header.data, children }
}

function readNode(raw: unknown, path: Path, issues: Issue[]): SegmentNode {
  const kind = isRecord(raw) ? raw.kind : undefined
  if (kind === 'group') return readGroup(raw, path, issues)
  if (kind === 'related') {
    const header = RelatedHeaderSchema.safeParse(raw)
    if (!header.success) {
      const node = opaque(raw, path, 'invalid')
      issues.push(...fromZod(header.error.issues, path, node.id))
      return node
    }
    const root = readGroup(header.data.root, [...path, 'root'], issues)
    if (root.kind === 'opaque') {
      return opaque(raw, path, 'invalid')
    }
    const related: RelatedCondition = { ...header.data, root }
    return related
  }
  if (typeof kind === 'string' && kind in LEAF_SCHEMAS) {
    const schema = LEAF_SCHEMAS[kind as keyof typeof LEAF_SCHEMAS]
    const parsed = schema.safeParse(raw)
    if (parsed.success) return parsed.data
    const node = opaque(raw, path, 'invalid')
    issues.push(...fromZod(parsed.error.issues, path, node.id))
    return node
  }
  const node = opaque(raw, path, 'unknown_kind')
  issues.push(
    issue(
      'unknown_kind',
      path,
      typeof kind === 'string'
        ? `Unknown condition kind '${kind}': kept as it is, but it cannot be evaluated`
        : 'A node without a kind: kept as it is, but it cannot be evaluated',
      node.id,
    ),
  )
  return node
}

/**
 * Reads a segment from a JSON string or a parsed value. Never throws.
 * Migrates older versions, keeps unknown or malformed nodes as opaque nodes, and
 * with a catalog runs the semantic checks of `validateSegment`.
 */
export function parseSegment(input: unknown, options: ParseSegmentOptions = {}): ParseSegmentResult {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, segment: undefined, issues: [issue('invalid_json', [], `Not valid JSON: ${detail}`)] }
    }
  }
  if (!isRecord(value)) {
    return {
      ok: false,
      segment: undefined,
      issues: [issue('invalid_structure', [], 'A segment must be a JSON object')],
    }
  }
  const migrated = migrateSegmentJson(value)
  if (!migrated.ok) {
    const message =
      migrated.reason === 'version_too_new'
        ? `This segment was saved by a newer version of segkit (format ${String(migrated.version)}; this library reads up to ${SEGMENT_VERSION}). Upgrade @segkit/core to open it.`
        : `Invalid format version ${JSON.stringify(migrated.version)}: expected a whole number`
    return { ok: false, segment: undefined, issues: [issue(migrated.reason, ['version'], message)] }
  }
  const doc = DocumentSchema.safeParse(migrated.doc)
  const issues: Issue[] = []
  if (!doc.success) {
    issues.push(...fromZod(doc.error.issues, []))
    // Recover what we can only when the tree itself is usable.
    if (!isRecord(migrated.doc.root)) return { ok: false, segment: undefined, issues }
  }
  const fields = doc.success ? doc.data : migrated.doc
  const root = readGroup(fields.root, ['root'], issues)
  if (root.kind === 'opaque') return { ok: false, segment: undefined, issues }
  const segment: Segment = {
    version: SEGMENT_VERSION,
    id: typeof fields.id === 'string' ? fields.id : '',
    name: typeof fields.name === 'string' ? fields.name : '',
    entity: typeof fields.entity === 'string' ? fields.entity : '',
    root,
  }
  if (typeof fields.description === 'string') segment.description = fields.description
  if (typeof fields.asOf === 'string') segment.asOf = fields.asOf
  if (options.catalog) {
    const semantic = validateSegment(segment, options.catalog, options)
    // Opaque nodes were reported while reading; do not report them twice.
    issues.push(
      ...semantic.filter(
        (i) => i.code !== 'unknown_kind' && !(i.code === 'invalid_structure' && isOpaqueIssue(i, issues)),
      ),
    )
  }
  return { ok: !hasErrors(issues), segment, issues }
}

function isOpaqueIssue(candidate: Issue, known: readonly Issue[]): boolean {
  return known.some((k) => k.nodeId !== undefined && k.nodeId === candidate.nodeId)
}
