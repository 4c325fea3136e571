/**
 * Which catalog segments a segment tree refers to through "in segment" conditions, at any depth
 * (groups, related-entity groups). The one walk for this fact: validation uses it to find reference
 * cycles, and an app uses it before deleting a saved segment. Iterative and bounded (64 levels,
 * 100,000 nodes), so a malformed or cyclic object ends too.
 */
import type { SegmentNode } from '../model/segment.ts'

/** The segment ids that `root` refers to, in tree order, each once. */
export function referencedSegments(root: SegmentNode | undefined): string[] {
  const out = new Set<string>()
  const stack: { node: SegmentNode; depth: number }[] = root ? [{ node: root, depth: 0 }] : []
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const { node, depth } = stack.pop() as { node: SegmentNode; depth: number }
    if (depth > 64) continue
    if (node.kind === 'segment') out.add(node.segment)
    else if (node.kind === 'group' && Array.isArray(node.children))
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as SegmentNode, depth: depth + 1 })
    else if (node.kind === 'related' && node.root) stack.push({ node: node.root, depth: depth + 1 })
  }
  return [...out]
}
