/** Building issues, and turning zod problems into segkit issues with full paths. */
import type { Issue, IssueCode, IssueSeverity } from '../errors.ts'

export type Path = (string | number)[]

export function issue(
  code: IssueCode,
  path: Path,
  message: string,
  nodeId?: string,
  severity: IssueSeverity = 'error',
): Issue {
  return nodeId === undefined ? { path, code, message, severity } : { path, nodeId, code, message, severity }
}

interface ZodLikeIssue {
  path: PropertyKey[]
  message: string
  code?: string
}

/** Issues from a failed zod parse, placed under `base`. */
export function fromZod(issues: readonly ZodLikeIssue[], base: Path, nodeId?: string): Issue[] {
  return issues.map((z) => {
    const rest = z.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    const path = [...base, ...rest]
    const where = rest.length > 0 ? `'${rest.join('.')}'` : 'node'
    return issue('invalid_structure', path, `Invalid ${where}: ${z.message}`, nodeId)
  })
}
