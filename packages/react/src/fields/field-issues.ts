/** Splits a node's issues by the field they concern (the last named segment of their path). */
import type { Issue } from '@segkit/core'

/** The name of the field an issue points at: the last string segment of its path. */
export function issueField(issue: Issue): string | undefined {
  for (let i = issue.path.length - 1; i >= 0; i--) {
    const segment = issue.path[i]
    if (typeof segment === 'string') return segment
  }
  return undefined
}

const NONE: readonly Issue[] = Object.freeze([])

/** Issues of the given fields, and the rest. A field without issues gets one shared empty array (stable across renders). */
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
