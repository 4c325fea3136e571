/**
 * Writing segments as JSON. Opaque nodes (unknown kinds, malformed nodes) are
 * written back exactly as they were read, so nothing is ever lost.
 */
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'

function nodeJson(node: SegmentNode): unknown {
  switch (node.kind) {
    case 'opaque':
      return node.raw
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

/** The segment as plain JSON data, at the current format version. */
export function toSegmentJson(segment: Segment): unknown {
  return { ...segment, version: SEGMENT_VERSION, root: groupJson(segment.root) }
}

/** The segment as a JSON string (`pretty` indents by two spaces). */
export function serializeSegment(segment: Segment, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(toSegmentJson(segment), null, options.pretty ? 2 : undefined)
}
