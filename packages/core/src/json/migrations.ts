/**
 * Versioned segment JSON: the registry of migrations from each older version to
 * the next one. Migrations work on plain JSON, before any schema check.
 */
import type { Catalog } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { importRqbRoot, isRqbGroup } from './import-rqb.ts'

/** A JSON value inside a stored document (migrations receive and return plain JSON). */
export type Json = unknown

/** What a migration may use, and where it reports what it could not carry over. */
export interface MigrationContext {
  /** With a catalog, a migration can follow property types (e.g. numbers written as text). */
  catalog?: Catalog | undefined
  /** Issues the migration found, with paths in the migrated document. */
  issues: Issue[]
}

/** A step from version N to N + 1, over plain JSON. */
export type SegmentMigration = (doc: Record<string, Json>, context: MigrationContext) => Record<string, Json>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Migrations by the version they start from. */
export const SEGMENT_MIGRATIONS: Readonly<Record<number, SegmentMigration>> = {
  /** Version 0 is react-querybuilder's rule format; see `import-rqb.ts`. */
  0: (doc, context) => {
    const { version: _v, id: _id, name: _name, entity: _entity, description: _d, asOf: _a, root: _root, ...query } = doc
    const entity = typeof doc.entity === 'string' ? doc.entity : 'user'
    // A segment document holding a react-querybuilder root, or a bare react-querybuilder query
    // (its id names the segment; its other keys belong to the root group).
    const raw = isRecord(doc.root) ? doc.root : query
    const ctx = { catalog: context.catalog, entity, issues: context.issues }
    const root = isRqbGroup(raw) ? importRqbRoot(raw, ctx) : raw
    const top = isRecord(doc.root) ? query : {}
    return {
      ...top,
      version: 1,
      id: typeof doc.id === 'string' ? doc.id : 'migrated-segment',
      name: typeof doc.name === 'string' ? doc.name : 'Untitled segment',
      entity,
      ...(typeof doc.description === 'string' ? { description: doc.description } : {}),
      ...(typeof doc.asOf === 'string' ? { asOf: doc.asOf } : {}),
      root,
    }
  },
}

/** The result of migrating a document to the current version: the migrated document, or why it cannot be read. */
export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; from: number; issues: Issue[] }
  | { ok: false; reason: 'version_too_new' | 'version_invalid'; version: unknown }

/**
 * Brings a segment document to the current version. A document without
 * `version` is taken as version 0. The issues list what a migration could not
 * carry over as it was (see `import-rqb.ts`).
 */
export function migrateSegmentJson(
  doc: Record<string, unknown>,
  options: { catalog?: Catalog | undefined } = {},
): MigrationResult {
  const raw = Object.hasOwn(doc, 'version') ? doc.version : 0
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0)
    return { ok: false, reason: 'version_invalid', version: raw }
  if (raw > SEGMENT_VERSION) return { ok: false, reason: 'version_too_new', version: raw }
  const context: MigrationContext = { catalog: options.catalog, issues: [] }
  let current = doc
  for (let v = raw; v < SEGMENT_VERSION; v++) {
    const step = Object.hasOwn(SEGMENT_MIGRATIONS, v) ? SEGMENT_MIGRATIONS[v] : undefined
    if (!step) return { ok: false, reason: 'version_invalid', version: raw }
    current = step(current, context)
  }
  return { ok: true, doc: current, from: raw, issues: context.issues }
}
