/**
 * Places a node's validation issues next to the fields they concern. Where in
 * its node an issue lies is core's fact (`Issue.field`: `['value']`,
 * `['filters', 0, 'operator']`, `['form', 'window']`); this module only sorts
 * issues by it. An issue without `field` concerns no node's field (the
 * document's name…) and is left with the rest.
 */
import type { Issue } from '@segkit/core'

type PathSegment = string | number

const NOWHERE: readonly PathSegment[] = Object.freeze([])
const NONE: readonly Issue[] = Object.freeze([])

function fieldOf(issue: Issue): readonly PathSegment[] {
  return issue.field ?? NOWHERE
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment)
}

/** The name of the field an issue points at: the last named segment of its `field` (`'value'` for `['filters', 0, 'value']`). */
export function issueField(issue: Issue): string | undefined {
  const field = fieldOf(issue)
  for (let i = field.length - 1; i >= 0; i--) {
    const segment = field[i]
    if (typeof segment === 'string') return segment
  }
  return undefined
}

/** Issues of the given fields (by {@link issueField}), and the rest. A field without issues gets one shared empty array (stable across renders). */
export function splitIssues<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
): Record<F | 'other', readonly Issue[]> {
  const out = { other: [] as Issue[] } as Record<F | 'other', Issue[]>
  for (const f of fields) out[f] = []
  for (const issue of issues) {
    const field = issueField(issue)
    const key = field !== undefined && (fields as readonly string[]).includes(field) ? (field as F) : 'other'
    out[key].push(issue)
  }
  for (const key of Object.keys(out) as (F | 'other')[]) if (out[key].length === 0) out[key] = NONE as Issue[]
  return out
}

/**
 * Splits issues by route: each issue goes to the first route whose prefix its
 * `field` starts with (list longer prefixes first), the rest to `other`.
 */
export function routeIssues<K extends string>(
  issues: readonly Issue[],
  routes: Readonly<Record<K, readonly PathSegment[]>>,
): Record<K | 'other', Issue[]> {
  const keys = Object.keys(routes) as K[]
  const out = { other: [] as Issue[] } as Record<K | 'other', Issue[]>
  for (const key of keys) out[key] = []
  for (const issue of issues) {
    const field = fieldOf(issue)
    const key = keys.find((k) => startsWith(field, routes[k]))
    out[key ?? 'other'].push(issue)
  }
  return out
}

/** Issues whose `field` starts with `prefix` (the issues of one step, or of one filter of one step). */
export function issuesUnder(issues: readonly Issue[], prefix: readonly PathSegment[]): Issue[] {
  return issues.filter((issue) => startsWith(fieldOf(issue), prefix))
}
