/**
 * Opaque nodes in memory. An `OpaqueNode` wraps the JSON of a node this library
 * could not read; the wrapper must never reach storage. So an opaque node made
 * here writes itself as its original JSON with `JSON.stringify` too (its
 * `toJSON`, on the prototype: spreading or cloning does not copy it, and
 * `parseSegment` unwraps a stored wrapper — see `unwrapOpaqueJson`), and a copy
 * with a new id writes that id into its JSON, so a duplicate reloads as a
 * distinct node.
 *
 * Plain code, no zod: the builder imports this module.
 */
import type { OpaqueNode } from './segment.ts'

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The JSON an opaque node stands for: its raw JSON, carrying the node's id where the raw JSON has one. */
export function opaqueJson(node: OpaqueNode): unknown {
  const raw = node.raw
  if (isRecord(raw) && Object.hasOwn(raw, 'id') && raw.id !== node.id) return { ...raw, id: node.id }
  return raw
}

const OPAQUE_PROTOTYPE = {
  toJSON(this: OpaqueNode): unknown {
    return opaqueJson(this)
  },
}

/** An opaque node holding `raw` exactly, which `JSON.stringify` writes as `raw` (see the module comment). */
export function createOpaqueNode(id: string, reason: OpaqueNode['reason'], raw: unknown): OpaqueNode {
  const node = Object.create(OPAQUE_PROTOTYPE) as OpaqueNode
  node.id = id
  node.kind = 'opaque'
  node.reason = reason
  node.raw = raw
  return node
}

/**
 * A copy of an opaque node under a new id: the raw JSON carries the new id (when
 * it had an id at all), so the copy survives a save and reload as its own node.
 * This is how a duplicate of an opaque node must be made.
 */
export function copyOpaqueNode(node: OpaqueNode, id: string): OpaqueNode {
  const raw = isRecord(node.raw) && Object.hasOwn(node.raw, 'id') ? { ...node.raw, id } : node.raw
  return createOpaqueNode(id, node.reason, raw)
}

/**
 * The node JSON inside stored opaque wrappers (`{ kind: 'opaque', raw }`, written
 * by a plain `JSON.stringify` of a spread or cloned opaque node), however many
 * times wrapped; the outermost wrapper's id wins. Anything else is returned as is.
 */
export function unwrapOpaqueJson(value: unknown): unknown {
  let current = value
  let id: unknown
  for (let i = 0; i < 1000 && isRecord(current) && current.kind === 'opaque' && Object.hasOwn(current, 'raw'); i++) {
    if (id === undefined && typeof current.id === 'string') id = current.id
    current = current.raw
  }
  if (
    current !== value &&
    typeof id === 'string' &&
    isRecord(current) &&
    Object.hasOwn(current, 'id') &&
    current.id !== id
  ) {
    return { ...current, id }
  }
  return current
}
