/**
 * JSON Schema of saved segments, generated from the zod schemas, so a backend
 * in any language can validate what the builder saves. The `@segkit/core/json-schema` entry.
 */
import * as z from 'zod/mini'
import { SegmentSchema } from '../model/segment-schemas.ts'

type JsonSchema = Record<string, unknown>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Drops every reference to the in-memory-only OpaqueNode variant. */
function withoutOpaque(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((v) => !(isRecord(v) && typeof v.$ref === 'string' && v.$ref.endsWith('/OpaqueNode')))
      .map(withoutOpaque)
  }
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'OpaqueNode') continue
    out[key] = withoutOpaque(v)
  }
  return out
}

/** A JSON Schema (draft 2020-12) of the current segment format. */
export function segmentJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(SegmentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema
  return withoutOpaque({
    ...schema,
    title: 'segkit segment',
    $id: 'https://segkit.dev/schema/segment-v1.json',
  }) as JsonSchema
}
