/** Building issues, and turning zod problems into segkit issues with full paths. */
import type { Issue, IssueCode, IssueParam, IssueSeverity } from '../errors.ts'

export type Path = (string | number)[]

/** What an issue says and where; see `Issue`. */
export interface IssueOptions {
  code: IssueCode
  /** Path of the node the issue concerns (or of the document part, without a node). */
  at: Path
  /** Where inside that node; appended to `at` to give the issue's `path`. */
  field?: Path | undefined
  /** The node the issue concerns; with it, the issue carries `field` (empty for the whole node). */
  nodeId?: string | undefined
  message: string
  params?: Readonly<Record<string, IssueParam>> | undefined
  /** Default `'error'`. */
  severity?: IssueSeverity | undefined
}

/**
 * An issue. The options form is the one to use; the positional form
 * (`code, path, message, nodeId?, severity?`) remains for callers not yet moved.
 */
export function issue(options: IssueOptions): Issue
export function issue(code: IssueCode, path: Path, message: string, nodeId?: string, severity?: IssueSeverity): Issue
export function issue(
  first: IssueOptions | IssueCode,
  path?: Path,
  message?: string,
  nodeId?: string,
  severity: IssueSeverity = 'error',
): Issue {
  if (typeof first === 'string') {
    const legacy: Issue = { path: path ?? [], code: first, message: message ?? '', severity }
    if (nodeId !== undefined) legacy.nodeId = nodeId
    return legacy
  }
  const field = first.field ?? []
  const out: Issue = { path: [...first.at, ...field], code: first.code, message: first.message, severity: 'error' }
  if (first.nodeId !== undefined) {
    out.nodeId = first.nodeId
    out.field = [...field]
  }
  if (first.params !== undefined) out.params = first.params
  out.severity = first.severity ?? 'error'
  return out
}

interface ZodLikeIssue {
  path: PropertyKey[]
  message: string
  code?: string
  expected?: unknown
  values?: unknown
  options?: unknown
}

/** The value at `path` under `root`, or undefined (own properties only). */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined
    v = (v as Record<string | number, unknown>)[key]
  }
  return v
}

/**
 * Issues from a failed zod parse of the node at `base`. A missing required field
 * says so (`missing_field`); other problems are `invalid_structure`, with the
 * field as a param.
 */
export function fromZod(issues: readonly ZodLikeIssue[], base: Path, nodeId?: string, raw?: unknown): Issue[] {
  return issues.map((z) => {
    const rest = z.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    const name = rest.join('.')
    if (rest.length > 0 && raw !== undefined && valueAt(raw, rest) === undefined && z.code !== 'custom') {
      return issue({
        code: 'missing_field',
        at: base,
        field: rest,
        nodeId,
        message: `'${name}' is required`,
        params: { field: name },
      })
    }
    const where = rest.length > 0 ? `'${name}'` : 'node'
    const detail = zodDetail(z)
    return issue({
      code: 'invalid_structure',
      at: base,
      field: rest,
      nodeId,
      message: `Invalid ${where}: ${detail}`,
      params: { field: name, detail },
    })
  })
}

function zodDetail(z: ZodLikeIssue): string {
  if (z.code === 'invalid_value' && Array.isArray(z.values)) {
    return `expected one of ${z.values.map((v) => JSON.stringify(v)).join(', ')}`
  }
  if (z.code === 'invalid_union' && Array.isArray(z.options)) {
    return `expected one of ${z.options.map((v) => JSON.stringify(v)).join(', ')}`
  }
  if (z.code === 'invalid_type' && typeof z.expected === 'string') {
    return z.expected === 'int' ? 'expected a whole number' : `expected ${z.expected}`
  }
  if (z.code === 'too_small' || z.code === 'too_big') return z.message === 'Invalid input' ? 'out of range' : z.message
  return z.message
}

/** `unknown_time_zone` at `field` of the document (a segment's `timeZone`, an evaluation option). */
export function unknownTimeZone(timeZone: string, field: Path): Issue {
  return issue({
    code: 'unknown_time_zone',
    at: [],
    field,
    message: `Unknown time zone '${timeZone}': expected an IANA name such as Europe/Berlin`,
    params: { timeZone },
  })
}
