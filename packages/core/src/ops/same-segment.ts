/**
 * Structural equality of segments, as their JSON reads: the question a
 * controlled editor asks when its parent passes back a copy of what it just
 * emitted (a JSON round trip, a cloning store, a form library). Keys holding
 * `undefined` count as absent (JSON drops them); shared subtrees are compared
 * by reference first, so an unchanged tree costs one comparison per node.
 */
import type { Segment, SegmentNode } from '../model/segment.ts'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined)
}

/**
 * True when two values are the same JSON-like data: equal primitives, or arrays
 * and objects with equal items and own keys. Works iteratively (no recursion
 * limit) and terminates on cyclic data (a pair already under comparison counts as equal).
 */
function sameData(a: unknown, b: unknown): boolean {
  const seen = new Map<object, Set<object>>()
  const stack: [unknown, unknown][] = [[a, b]]
  while (stack.length > 0) {
    const [x, y] = stack.pop()!
    if (Object.is(x, y)) continue
    if (!isRecord(x) || !isRecord(y)) return false
    if (Array.isArray(x) !== Array.isArray(y)) return false
    let pairs = seen.get(x)
    if (pairs?.has(y)) continue
    if (!pairs) {
      pairs = new Set()
      seen.set(x, pairs)
    }
    pairs.add(y)
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]])
      continue
    }
    const keys = definedKeys(x)
    if (keys.length !== definedKeys(y).length) return false
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false
      stack.push([x[key], y[key]])
    }
  }
  return true
}

/** True when two segments (or two nodes) hold the same data: what `JSON.stringify` of each would give, key order aside. */
export function sameSegment(a: Segment | SegmentNode, b: Segment | SegmentNode): boolean {
  return sameData(a, b)
}
