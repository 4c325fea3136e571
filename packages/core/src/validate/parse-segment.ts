/**
 * Reading a segment from untrusted JSON. Never throws: it returns the segment it
 * could recover and the issues it found. First the input is copied as plain,
 * bounded JSON (`readJson`: no getters, Proxies, cycles or unbounded depth),
 * then migrated, then read node by node: a node of an unknown kind, or a known
 * node whose fields are malformed, is kept as an OpaqueNode holding its raw
 * JSON; keys this version does not know are kept where they were and reported
 * as warnings (`unknown_key`), so a round trip loses nothing.
 */

import * as z from 'zod/mini'
import type { Catalog } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { hasErrors } from '../errors.ts'
import { migrateSegmentJson } from '../json/migrations.ts'
import { readJson, setOwn } from '../json/read-json.ts'
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
import { isInstant } from '../model/instant.ts'
import { createOpaqueNode, unwrapOpaqueJson } from '../model/opaque-node.ts'
import type { Group, OpaqueNode, RelatedCondition, Segment, SegmentNode } from '../model/segment.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { isWeekday } from '../model/time.ts'
import { fromZod, issue, type Path } from './issues.ts'
import { inspectSegmentShape, shapeLimits } from './segment-shape.ts'
import { checkSegmentMeaning, opaqueIssue, type ValidateOptions } from './validate-segment.ts'

/** Options of `parseSegment`: a catalog for the semantic checks, and validation options. */
export interface ParseSegmentOptions extends ValidateOptions {
  /** With a catalog, semantic checks run too (unknown properties, operators, values…). */
  catalog?: Catalog | undefined
}

/** The result of `parseSegment`: the segment (when it could be read) and every issue found. */
export interface ParseSegmentResult {
  /** No error-severity issue. */
  ok: boolean
  /** The recovered segment; undefined only when the document has no usable shape at all. */
  segment: Segment | undefined
  issues: Issue[]
}

type Rec = Record<string, unknown>

const GroupHeaderSchema = z.object({
  ...NodeFields,
  kind: z.literal('group'),
  combinator: z.enum(['and', 'or']),
  atLeast: z.optional(z.number().check(z.int(), z.positive())),
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

/** Leaf schemas by kind: a Map, so a kind named `constructor` or `__proto__` finds nothing. */
const LEAF_SCHEMAS = new Map<string, z.ZodMiniType<SegmentNode>>([
  ['property', PropertyConditionSchema as z.ZodMiniType<SegmentNode>],
  ['event', EventConditionSchema as z.ZodMiniType<SegmentNode>],
  ['sequence', SequenceConditionSchema as z.ZodMiniType<SegmentNode>],
  ['list', ListConditionSchema as z.ZodMiniType<SegmentNode>],
  ['tag', TagConditionSchema as z.ZodMiniType<SegmentNode>],
  ['segment', SegmentRefConditionSchema as z.ZodMiniType<SegmentNode>],
])

/** The fields of the segment document itself. */
const DOCUMENT_KEYS = new Set([
  'version',
  'id',
  'name',
  'description',
  'entity',
  'asOf',
  'timeZone',
  'weekStart',
  'root',
])

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const own = (r: Rec, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined)

/** JSON depth that `maxDepth` nested groups need at most, with room for the deepest condition. */
export function jsonDepthFor(maxDepth: number): number {
  return 4 * maxDepth + 16
}

function opaqueId(raw: unknown, path: Path): string {
  const id = isRecord(raw) ? own(raw, 'id') : undefined
  return typeof id === 'string' && id !== '' ? id : `invalid${path.map((p) => `-${p}`).join('')}`
}

function opaque(raw: unknown, path: Path, reason: OpaqueNode['reason']): OpaqueNode {
  return createOpaqueNode(opaqueId(raw, path), reason, raw)
}

/**
 * Puts back every key of `raw` that parsing left out of `parsed` (at any depth,
 * except under `skip`), and reports each as a warning.
 */
function keepUnknownKeys(
  raw: unknown,
  parsed: unknown,
  at: Path,
  field: Path,
  nodeId: string | undefined,
  issues: Issue[],
  skip: ReadonlySet<string> = new Set(),
): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, i) => {
      keepUnknownKeys(item, parsed[i], at, [...field, i], nodeId, issues)
    })
    return
  }
  if (!isRecord(raw) || !isRecord(parsed)) return
  for (const key of Object.keys(raw)) {
    if (skip.has(key)) continue
    if (!Object.hasOwn(parsed, key)) {
      setOwn(parsed, key, raw[key])
      const name = [...field, key].join('.')
      issues.push(
        issue({
          code: 'unknown_key',
          at,
          field: [...field, key],
          nodeId,
          message: `Unknown field '${name}': kept as it is, but this version of segkit ignores it`,
          params: { field: name, key },
          severity: 'warning',
        }),
      )
    } else {
      keepUnknownKeys(raw[key], parsed[key], at, [...field, key], nodeId, issues)
    }
  }
}

function readGroup(raw: unknown, path: Path, issues: Issue[]): Group | OpaqueNode {
  const header = GroupHeaderSchema.safeParse(raw)
  if (!header.success) {
    const node = opaque(raw, path, 'invalid')
    issues.push(...fromZod(header.error.issues, path, node.id, raw))
    return node
  }
  const children = header.data.children.map((child, i) => readNode(child, [...path, 'children', i], issues))
  const group: Group = { ...header.data, children }
  keepUnknownKeys(raw, group, path, [], group.id, issues, new Set(['children']))
  return group
}

function readNode(stored: unknown, path: Path, issues: Issue[]): SegmentNode {
  const raw = unwrapOpaqueJson(stored)
  const kind = isRecord(raw) ? own(raw, 'kind') : undefined
  if (kind === 'group') return readGroup(raw, path, issues)
  if (kind === 'related') {
    const header = RelatedHeaderSchema.safeParse(raw)
    if (!header.success) {
      const node = opaque(raw, path, 'invalid')
      issues.push(...fromZod(header.error.issues, path, node.id, raw))
      return node
    }
    const root = readGroup(header.data.root, [...path, 'root'], issues)
    if (root.kind === 'opaque') return opaque(raw, path, 'invalid')
    const related: RelatedCondition = { ...header.data, root }
    keepUnknownKeys(raw, related, path, [], related.id, issues, new Set(['root']))
    return related
  }
  const schema = typeof kind === 'string' ? LEAF_SCHEMAS.get(kind) : undefined
  if (schema) {
    const parsed = schema.safeParse(raw)
    if (parsed.success) {
      keepUnknownKeys(raw, parsed.data, path, [], parsed.data.id, issues)
      return parsed.data
    }
    const node = opaque(raw, path, 'invalid')
    issues.push(...fromZod(parsed.error.issues, path, node.id, raw))
    return node
  }
  const node = opaque(raw, path, 'unknown_kind')
  issues.push(opaqueIssue(raw, 'unknown_kind', path, node.id))
  return node
}

/** The issue for a document that is no segment at all. */
function refuse(issues: Issue[]): ParseSegmentResult {
  return { ok: false, segment: undefined, issues }
}

/**
 * Reads a segment from a JSON string or a parsed value. Never throws.
 * Migrates older versions, keeps unknown or malformed nodes as opaque nodes and
 * unknown keys in place (with `unknown_key` warnings), checks the shape, texts
 * and limits (`checkSegmentShape`), and with a catalog runs the semantic checks
 * of `validateSegment`.
 */
export function parseSegment(input: unknown, options: ParseSegmentOptions = {}): ParseSegmentResult {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return refuse([issue({ code: 'invalid_json', at: [], message: `Not valid JSON: ${detail}`, params: { detail } })])
    }
  }
  const limits = shapeLimits(options)
  const copied = readJson(value, jsonDepthFor(limits.maxDepth))
  if (!copied.ok) return refuse([copied.issue])
  value = copied.value
  if (!isRecord(value)) {
    return refuse([
      issue({ code: 'invalid_structure', at: [], message: 'A segment must be a JSON object', params: {} }),
    ])
  }
  const migrated = migrateSegmentJson(value, { catalog: options.catalog })
  if (!migrated.ok) {
    const message =
      migrated.reason === 'version_too_new'
        ? `This segment was saved by a newer version of segkit (format ${String(migrated.version)}; this library reads up to ${SEGMENT_VERSION}). Upgrade @segkit/core to open it.`
        : `Invalid format version ${JSON.stringify(migrated.version)}: expected a whole number`
    return refuse([
      issue({
        code: migrated.reason,
        at: [],
        field: ['version'],
        message,
        params: { version: String(migrated.version), supported: SEGMENT_VERSION },
      }),
    ])
  }
  const doc = migrated.doc
  const issues: Issue[] = [...migrated.issues]
  const rawRoot = own(doc, 'root')
  if (!isRecord(rawRoot)) {
    const shape = inspectSegmentShape(doc, options)
    return refuse([...issues, ...shape.issues])
  }
  const root = readGroup(rawRoot, ['root'], issues)
  if (root.kind === 'opaque') return refuse(issues)
  // A rule the import refused is kept as an opaque node; its import issue says why, not a generic one.
  const refused = new Set(migrated.issues.filter((i) => i.code === 'import_unsupported').map((i) => i.nodeId))
  if (refused.size > 0) {
    const kept = issues.filter((i) => !(i.code === 'unknown_kind' && refused.has(i.nodeId)))
    issues.length = 0
    issues.push(...kept)
  }
  const text = (key: string) => {
    const v = own(doc, key)
    return typeof v === 'string' ? v : ''
  }
  const segment: Segment = {
    version: SEGMENT_VERSION,
    id: text('id'),
    name: text('name'),
    entity: text('entity'),
    root,
  }
  const description = own(doc, 'description')
  if (typeof description === 'string') segment.description = description
  const asOf = own(doc, 'asOf')
  if (isInstant(asOf)) segment.asOf = asOf
  const timeZone = own(doc, 'timeZone')
  if (typeof timeZone === 'string') segment.timeZone = timeZone
  const weekStart = own(doc, 'weekStart')
  if (isWeekday(weekStart)) segment.weekStart = weekStart
  for (const key of Object.keys(doc)) {
    if (DOCUMENT_KEYS.has(key)) continue
    setOwn(segment as unknown as Rec, key, doc[key])
    issues.push(
      issue({
        code: 'unknown_key',
        at: [],
        field: [key],
        message: `Unknown field '${key}': kept as it is, but this version of segkit ignores it`,
        params: { field: key, key },
        severity: 'warning',
      }),
    )
  }
  // The shape check sees the document's own fields as they were written, and the tree as read.
  const asWritten = { ...doc, version: SEGMENT_VERSION, root }
  const shape = inspectSegmentShape(asWritten, options)
  issues.push(...shape.issues)
  if (options.catalog) {
    // Opaque nodes were reported while reading; do not report them twice.
    const meaning = checkSegmentMeaning(segment, options.catalog, shape, options)
    const opaqueIds = new Set(issues.filter((i) => i.nodeId !== undefined).map((i) => i.nodeId))
    issues.push(
      ...meaning.filter(
        (i) => i.code !== 'unknown_kind' && !(i.code === 'invalid_structure' && opaqueIds.has(i.nodeId)),
      ),
    )
  }
  return { ok: !hasErrors(issues), segment, issues }
}
