/**
 * JSON Schema of saved segments, generated from the zod schemas, so a backend
 * in any language can validate what the builder saves. The `@segkit/core/json-schema` entry.
 *
 * It accepts what `parseSegment` (without a catalog) accepts as far as JSON
 * Schema can say it: the current `version` only, unknown keys allowed (parseSegment
 * keeps them, with a warning), the text rule (no NUL, no lone surrogate) and the
 * default limits on texts, lists, steps, filters, periods and duration amounts.
 * What it cannot say — the nesting depth, the node count, unique ids, the total
 * length of a duration — only `parseSegment` checks. Instants use
 * `format: "date-time"` (with a pattern): with Ajv, add `ajv-formats`.
 */
import * as z from 'zod/mini'
import { MAX_DURATION_MS, SEGMENT_LIMITS } from '../model/limits.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Texts by the text rule: no NUL, no lone surrogate (a `u`-flag pattern, as JSON Schema specifies). */
const TEXT_PATTERN = '^[^\\u0000\\uD800-\\uDFFF]*$'

/** Most minutes in a duration: the longest duration, in the smallest unit. */
const MAX_AMOUNT = MAX_DURATION_MS / 60_000

const isStringSchema = (v: Record<string, unknown>) =>
  v.type === 'string' && v.enum === undefined && v.const === undefined && v.format === undefined

const isArrayOf = (v: Record<string, unknown>, type: string) =>
  v.type === 'array' && isRecord(v.items) && v.items.type === type && v.prefixItems === undefined

/** Drops the in-memory OpaqueNode, lets unknown keys through, and adds the text rule and the limits. */
function adjust(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((v) => !(isRecord(v) && typeof v.$ref === 'string' && v.$ref.endsWith('/OpaqueNode')))
      .map((v) => adjust(v))
  }
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (k === 'OpaqueNode' || k === 'additionalProperties') continue
    out[k] = adjust(v, k)
  }
  if (isStringSchema(out)) {
    out.maxLength = SEGMENT_LIMITS.maxTextLength
    out.pattern = TEXT_PATTERN
  }
  if (isArrayOf(out, 'string') || isArrayOf(out, 'number')) out.maxItems = SEGMENT_LIMITS.maxListValues
  if (key === 'steps' && out.type === 'array') out.maxItems = SEGMENT_LIMITS.maxSteps
  if (key === 'filters' && out.type === 'array') out.maxItems = SEGMENT_LIMITS.maxFilters
  if (key === 'amount' && out.type === 'integer') {
    out.maximum = MAX_AMOUNT
    // A signed offset ("signed up − 7 days") reaches as far back as forward.
    if (typeof out.minimum !== 'number' || out.minimum < 0) out.minimum = -MAX_AMOUNT
  }
  if ((key === 'periods' || key === 'minPeriods') && out.type === 'integer') out.maximum = SEGMENT_LIMITS.maxPeriods
  return out
}

/** A JSON Schema (draft 2020-12) of the current segment format. */
export function segmentJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(SegmentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema
  const adjusted = adjust(schema) as JsonSchema
  const properties = isRecord(adjusted.properties) ? adjusted.properties : {}
  return {
    ...adjusted,
    properties: { ...properties, version: { type: 'integer', const: SEGMENT_VERSION } },
    title: 'segkit segment',
    $id: 'https://segkit.dev/schema/segment-v1.json',
  }
}
