/**
 * Places a node's validation issues next to the fields they concern. Core's
 * issue paths run from the document root (`['root', 'children', 2, 'form',
 * 'window']`); the part after the node's own position (the last
 * `'children', index`) names the field inside the node.
 */
import type { Issue } from '@segkit/core'

type PathSegment = string | number

/** The path of an issue inside its node (`['form', 'window']`). */
export function pathInNode(issue: Issue): readonly PathSegment[] {
  const { path } = issue
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === 'children' && typeof path[i + 1] === 'number') return path.slice(i + 2)
  }
  return path
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment)
}

/**
 * Splits issues by route: each issue goes to the first route whose prefix its
 * in-node path starts with (list longer prefixes first), the rest to `other`.
 */
export function routeIssues<K extends string>(
  issues: readonly Issue[],
  routes: Readonly<Record<K, readonly PathSegment[]>>,
): Record<K | 'other', Issue[]> {
  const keys = Object.keys(routes) as K[]
  const out = { other: [] as Issue[] } as Record<K | 'other', Issue[]>
  for (const key of keys) out[key] = []
  for (const issue of issues) {
    const path = pathInNode(issue)
    const key = keys.find((k) => startsWith(path, routes[k]))
    out[key ?? 'other'].push(issue)
  }
  return out
}

/** Issues whose in-node path starts with `prefix`. */
export function issuesUnder(issues: readonly Issue[], prefix: readonly PathSegment[]): Issue[] {
  return issues.filter((issue) => startsWith(pathInNode(issue), prefix))
}
