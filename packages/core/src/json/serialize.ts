/**
 * Writing segments as JSON. Opaque nodes (unknown kinds, malformed nodes) are
 * written back exactly as they were read, so nothing is ever lost.
 */
import { SegmentError } from '../errors.ts'
import { SEGMENT_LIMIT_CEILINGS } from '../model/limits.ts'
import { opaqueJson } from '../model/opaque-node.ts'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { issue } from '../validate/issues.ts'

/** Deepest JSON a segment can have: the deepest nesting allowed, with its deepest condition (see parseSegment). */
const MAX_JSON_DEPTH = 4 * SEGMENT_LIMIT_CEILINGS.maxDepth + 16

function nodeJson(node: SegmentNode): unknown {
  switch (node.kind) {
    case 'opaque':
      return opaqueJson(node)
    case 'group':
      return groupJson(node)
    case 'related':
      return { ...node, root: groupJson(node.root) }
    case 'property':
    case 'event':
    case 'sequence':
    case 'list':
    case 'tag':
    case 'segment':
      return node
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

function groupJson(group: Group): unknown {
  return { ...group, children: group.children.map(nodeJson) }
}

/** Most values a segment's JSON may hold (a shared object counts each time it appears). */
const MAX_JSON_VALUES = 10_000_000

function tooLarge(message: string, code: 'max_depth' | 'max_size', limit: string, max: number): SegmentError {
  return new SegmentError('Segment cannot be written', [issue({ code, at: [], message, params: { limit, max } })])
}

/** Throws SegmentError when `value` nests deeper than any segment may, holds a cycle or is huge; iterative. */
function assertWritable(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]]
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_JSON_VALUES)
      throw tooLarge('The segment is too large to write', 'max_size', 'maxJsonValues', MAX_JSON_VALUES)
    const [v, depth] = stack.pop() as [unknown, number]
    if (typeof v !== 'object' || v === null) continue
    if (depth > MAX_JSON_DEPTH) {
      const message = `The segment's JSON nests deeper than ${MAX_JSON_DEPTH} levels, or contains itself`
      throw tooLarge(message, 'max_depth', 'maxJsonDepth', MAX_JSON_DEPTH)
    }
    for (const child of Object.values(v)) stack.push([child, depth + 1])
  }
}

/** The segment as plain JSON data, at the current format version. Throws SegmentError beyond the depth limit. */
export function toSegmentJson(segment: Segment): unknown {
  // Check before recursing: an opaque node built in code may hold JSON of any depth.
  assertWritable(segment)
  return { ...segment, version: SEGMENT_VERSION, root: groupJson(segment.root) }
}

/** The segment as a JSON string (`pretty` indents by two spaces). Throws SegmentError beyond the depth limit. */
export function serializeSegment(segment: Segment, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(toSegmentJson(segment), null, options.pretty ? 2 : undefined)
}
