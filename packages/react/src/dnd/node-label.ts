/**
 * What a node is called in drag-and-drop announcements and on its drag handle:
 * core's one-line description of it ("Plan is Pro"), or "Group: Any of" for a
 * group. Cached per node object, so naming every handle on each change costs a
 * lookup for every node that did not change.
 */
import { type Catalog, type DescribeOptions, describeNode, type SegmentNode } from '@segkit/core'
import type { BuilderMessages } from '../messages.ts'

const caches = new WeakMap<Catalog, WeakMap<SegmentNode, { entity: string; describe: DescribeOptions; text: string }>>()

/** The announcement label of a node in a group of `entity`. */
export function nodeLabel(node: SegmentNode, catalog: Catalog, entity: string, m: BuilderMessages): string {
  if (node.kind === 'opaque') return m.condition
  if (node.kind === 'group') return `${m.group}: ${node.combinator === 'or' ? m.dndGroupAny : m.dndGroupAll}`
  let cache = caches.get(catalog)
  if (!cache) {
    cache = new WeakMap()
    caches.set(catalog, cache)
  }
  const known = cache.get(node)
  if (known?.entity === entity && known.describe === m.describe) return known.text
  const text = describeNode(node, catalog, entity, m.describe)
  cache.set(node, { entity, describe: m.describe, text })
  return text
}
