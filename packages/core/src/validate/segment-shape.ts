/**
 * The shape of a segment, checked without a catalog: every node has the fields
 * its kind needs with the right types (what the zod schemas accept — a property
 * test holds the two to each other), every string follows the text rule, and
 * every count, list and duration stays within the limits. Cheap (one pass, no
 * zod), bounded (it never descends past `maxDepth` nor visits more than
 * `maxNodes` nodes, so a cyclic object ends too) and it never throws: a getter
 * that throws or a Proxy that refuses is reported where it happened.
 *
 * `parseSegment`, `validateSegment` and every function that takes a `Segment`
 * (the evaluator, `toSql`, the builder) run it first, so malformed segments built
 * in code fail with a `SegmentError` instead of a `TypeError` deep inside.
 */
import type { Issue, IssueParam } from '../errors.ts'
import { SegmentError } from '../errors.ts'
import { isInstant } from '../model/instant.ts'
import { MAX_DURATION_MS, resolveLimits, type SegmentLimits } from '../model/limits.ts'
import { COMPARISON_OPERATORS, OPERATORS } from '../model/operators.ts'
import type { Segment } from '../model/segment.ts'
import { textProblem } from '../model/text.ts'
import {
  CALENDAR_MAX_PERIODS,
  CALENDAR_UNITS,
  type CalendarUnit,
  TIME_UNIT_MS,
  TIME_UNITS,
  WEEKDAYS,
} from '../model/time.ts'
import { isTimeZone } from '../model/time-zone-name.ts'
import { EVENT_FORM_TYPES as EVENT_FORMS, MEASURE_FNS } from '../ops/event-condition.ts'
import { RELATED_MATCH_TYPES as MATCH_TYPES } from '../ops/related.ts'
import { WINDOW_TYPES } from '../ops/window.ts'
import { issue, type Path, unknownTimeZone } from './issues.ts'

/** Options of the shape check: the limits to enforce (defaults: `SEGMENT_LIMITS`). */
export interface ShapeOptions {
  /** Deepest allowed nesting of groups (root = 1). Shorthand for `limits.maxDepth`. */
  maxDepth?: number | undefined
  /** Most nodes allowed in one segment. Shorthand for `limits.maxNodes`. */
  maxNodes?: number | undefined
  /** Limits to change; each is kept within `SEGMENT_LIMIT_CEILINGS`. */
  limits?: Partial<SegmentLimits> | undefined
}

type Rec = Record<string, unknown>

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const own = (r: Rec, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined)

/** The limits that `options` asks for. */
export function shapeLimits(options: ShapeOptions = {}): SegmentLimits {
  return resolveLimits({
    ...options.limits,
    ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
    ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
  })
}

const pathKey = (path: Path) => path.join('\u0000')

/** What the shape check found: the issues, and which node paths have an error (their meaning is not checked). */
export interface ShapeReport {
  issues: Issue[]
  /** `path.join('\u0000')` of every node path (and `''` for the document) that holds a shape error. */
  malformed: Set<string>
  /** The walk stopped early (too many nodes): nodes after that point were not checked. */
  truncated: boolean
}

/** The key of a node path in `ShapeReport.malformed`. */
export const shapePathKey = pathKey

class Checker {
  readonly issues: Issue[] = []
  readonly malformed = new Set<string>()
  readonly ids = new Set<string>()
  nodes = 0
  stopped = false
  depthReported = false
  constructor(readonly limits: SegmentLimits) {}

  push(i: Issue, at: Path): void {
    this.issues.push(i)
    if (i.severity === 'error') this.malformed.add(pathKey(at))
  }

  /** One problem with the field `field` of the node at `at`. */
  bad(at: Path, field: Path, nodeId: string | undefined, detail: string, params: Record<string, IssueParam> = {}) {
    const name = field.join('.')
    this.push(
      issue({
        code: 'invalid_structure',
        at,
        field,
        nodeId,
        message: `Invalid '${name || 'node'}': ${detail}`,
        params: { field: name, detail, ...params },
      }),
      at,
    )
  }

  missing(at: Path, field: Path, nodeId: string | undefined) {
    const name = field.join('.')
    this.push(
      issue({ code: 'missing_field', at, field, nodeId, message: `'${name}' is required`, params: { field: name } }),
      at,
    )
  }

  limit(
    at: Path,
    field: Path,
    nodeId: string | undefined,
    limit: keyof SegmentLimits | 'maxDuration' | 'maxCalendarPeriods',
    max: number,
  ) {
    const what: Record<keyof SegmentLimits | 'maxDuration' | 'maxCalendarPeriods', string> = {
      maxDepth: `Groups may be nested at most ${max} levels deep`,
      maxNodes: `A segment may hold at most ${max} conditions and groups`,
      maxSteps: `A sequence may have at most ${max} steps`,
      maxFilters: `At most ${max} filters are allowed here`,
      maxListValues: `A list may hold at most ${max} values`,
      maxPeriods: `At most ${max} periods are allowed`,
      maxTextLength: `A text may be at most ${max} characters long`,
      maxDuration: 'A duration may be at most 10,000 years',
      maxCalendarPeriods: `A calendar window may go back at most ${max} periods (a thousand years)`,
    }
    const code = limit === 'maxDepth' ? 'max_depth' : limit === 'maxNodes' ? 'max_size' : 'limit_exceeded'
    this.push(issue({ code, at, field, nodeId, message: what[limit], params: { limit, max } }), at)
  }

  text(value: unknown, at: Path, field: Path, nodeId: string | undefined, minLength = 0): value is string {
    if (typeof value !== 'string') {
      if (value === undefined) this.missing(at, field, nodeId)
      else this.bad(at, field, nodeId, 'expected text', { expected: 'string' })
      return false
    }
    if (value.length < minLength) {
      this.bad(at, field, nodeId, 'must not be empty', { expected: 'non-empty string' })
      return false
    }
    if (value.length > this.limits.maxTextLength) {
      this.limit(at, field, nodeId, 'maxTextLength', this.limits.maxTextLength)
      return false
    }
    const problem = textProblem(value)
    if (problem) {
      const name = field.join('.')
      this.push(
        issue({
          code: 'invalid_text',
          at,
          field,
          nodeId,
          message:
            problem === 'nul'
              ? `'${name}' holds a NUL character, which no text may hold`
              : `'${name}' holds a lone UTF-16 surrogate: not well-formed text`,
          params: { field: name, problem },
        }),
        at,
      )
      return false
    }
    return true
  }

  optionalText(r: Rec, key: string, at: Path, field: Path, nodeId: string | undefined): void {
    const v = own(r, key)
    if (v !== undefined) this.text(v, at, [...field, key], nodeId)
  }

  bool(r: Rec, key: string, at: Path, field: Path, nodeId: string | undefined): void {
    const v = own(r, key)
    if (v !== undefined && typeof v !== 'boolean')
      this.bad(at, [...field, key], nodeId, 'expected true or false', { expected: 'boolean' })
  }

  oneOf(value: unknown, options: readonly string[], at: Path, field: Path, nodeId: string | undefined): boolean {
    if (typeof value === 'string' && options.includes(value)) return true
    if (value === undefined) this.missing(at, field, nodeId)
    else
      this.bad(at, field, nodeId, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`, {
        expected: options.join('|'),
      })
    return false
  }

  finite(value: unknown, at: Path, field: Path, nodeId: string | undefined, optional = false): void {
    if (value === undefined && optional) return
    if (typeof value === 'number' && Number.isFinite(value)) return
    if (value === undefined) this.missing(at, field, nodeId)
    else this.bad(at, field, nodeId, 'expected a finite number', { expected: 'number' })
  }

  record(value: unknown, at: Path, field: Path, nodeId: string | undefined): value is Rec {
    if (isRecord(value)) return true
    if (value === undefined) this.missing(at, field, nodeId)
    else this.bad(at, field, nodeId, 'expected an object', { expected: 'object' })
    return false
  }

  array(value: unknown, at: Path, field: Path, nodeId: string | undefined): value is unknown[] {
    if (Array.isArray(value)) return true
    if (value === undefined) this.missing(at, field, nodeId)
    else this.bad(at, field, nodeId, 'expected a list', { expected: 'array' })
    return false
  }

  /** An event reference: an id, `{ anyOf: ids }` or `{ any: true }` (one key, nothing else). */
  eventRef(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (!isRecord(value)) {
      if (value === undefined || typeof value === 'string') this.text(value, at, field, nodeId)
      else this.bad(at, field, nodeId, 'expected an event id, { anyOf } or { any: true }', { expected: 'event' })
      return
    }
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === 'any') {
      if (own(value, 'any') !== true) this.bad(at, [...field, 'any'], nodeId, 'expected true', { expected: 'true' })
      return
    }
    if (keys.length !== 1 || keys[0] !== 'anyOf') {
      this.bad(at, field, nodeId, 'expected an event id, { anyOf } or { any: true }', { expected: 'event' })
      return
    }
    const ids = own(value, 'anyOf')
    if (!this.array(ids, at, [...field, 'anyOf'], nodeId)) return
    if (ids.length > this.limits.maxListValues) {
      this.limit(at, [...field, 'anyOf'], nodeId, 'maxListValues', this.limits.maxListValues)
      return
    }
    for (let i = 0; i < ids.length; i++) this.text(ids[i], at, [...field, 'anyOf', i], nodeId)
  }

  /** A duration; returns its length in ms when it is well-formed. */
  duration(value: unknown, at: Path, field: Path, nodeId: string | undefined): number | undefined {
    if (!this.record(value, at, field, nodeId)) return undefined
    const amount = own(value, 'amount')
    const unitOk = this.oneOf(own(value, 'unit'), TIME_UNITS, at, [...field, 'unit'], nodeId)
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      if (amount === undefined) this.missing(at, [...field, 'amount'], nodeId)
      else
        this.bad(at, [...field, 'amount'], nodeId, 'expected a whole number of at least 0', {
          expected: 'non-negative integer',
        })
      return undefined
    }
    if (!unitOk) return undefined
    const ms = amount * TIME_UNIT_MS[own(value, 'unit') as keyof typeof TIME_UNIT_MS]
    if (ms > MAX_DURATION_MS) {
      this.limit(at, [...field, 'amount'], nodeId, 'maxDuration', MAX_DURATION_MS)
      return undefined
    }
    return ms
  }

  optionalDuration(r: Rec, key: string, at: Path, field: Path, nodeId: string | undefined): void {
    const v = own(r, key)
    if (v !== undefined) this.duration(v, at, [...field, key], nodeId)
  }

  instant(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (isInstant(value)) return
    if (value === undefined) this.missing(at, field, nodeId)
    else
      this.bad(at, field, nodeId, 'expected an ISO 8601 instant such as 2026-11-24T00:00:00Z', { expected: 'instant' })
  }

  dateValue(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (!this.record(value, at, field, nodeId)) return
    const type = own(value, 'type')
    if (!this.oneOf(type, ['absolute', 'ago', 'from_now'], at, [...field, 'type'], nodeId)) return
    if (type === 'absolute') this.instant(own(value, 'value'), at, [...field, 'value'], nodeId)
    else this.duration(own(value, 'duration'), at, [...field, 'duration'], nodeId)
  }

  window(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (!this.record(value, at, field, nodeId)) return
    const type = own(value, 'type')
    if (!this.oneOf(type, WINDOW_TYPES, at, [...field, 'type'], nodeId)) return
    switch (type) {
      case 'ever':
        return
      case 'last':
      case 'before':
        this.duration(own(value, 'duration'), at, [...field, 'duration'], nodeId)
        return
      case 'relative_range':
        this.duration(own(value, 'start'), at, [...field, 'start'], nodeId)
        this.duration(own(value, 'end'), at, [...field, 'end'], nodeId)
        return
      case 'between':
        this.instant(own(value, 'from'), at, [...field, 'from'], nodeId)
        this.instant(own(value, 'to'), at, [...field, 'to'], nodeId)
        return
      case 'calendar': {
        const unitOk = this.oneOf(own(value, 'unit'), CALENDAR_UNITS, at, [...field, 'unit'], nodeId)
        const complete = own(value, 'complete')
        if (typeof complete !== 'number' || !Number.isSafeInteger(complete) || complete < 0) {
          if (complete === undefined) this.missing(at, [...field, 'complete'], nodeId)
          else
            this.bad(at, [...field, 'complete'], nodeId, 'expected a whole number of at least 0', {
              expected: 'non-negative integer',
            })
        } else if (unitOk) {
          const max = CALENDAR_MAX_PERIODS[own(value, 'unit') as CalendarUnit]
          if (complete > max) this.limit(at, [...field, 'complete'], nodeId, 'maxCalendarPeriods', max)
        }
        if (typeof own(value, 'current') !== 'boolean') {
          if (own(value, 'current') === undefined) this.missing(at, [...field, 'current'], nodeId)
          else this.bool(value, 'current', at, field, nodeId)
        }
        return
      }
    }
  }

  /** A predicate value: any of the shapes of `PredicateValueSchema`. */
  predicateValue(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (typeof value === 'string') {
      this.text(value, at, field, nodeId)
      return
    }
    if (typeof value === 'boolean') return
    if (typeof value === 'number') {
      this.finite(value, at, field, nodeId)
      return
    }
    if (Array.isArray(value)) {
      if (value.length > this.limits.maxListValues) {
        this.limit(at, field, nodeId, 'maxListValues', this.limits.maxListValues)
        return
      }
      if (value.every((v) => typeof v === 'string')) {
        value.forEach((v, i) => {
          this.text(v, at, [...field, i], nodeId)
        })
        return
      }
      if (value.every((v) => typeof v === 'number')) {
        value.forEach((v, i) => {
          this.finite(v, at, [...field, i], nodeId)
        })
        return
      }
      if (value.length === 2 && value.every(isRecord)) {
        value.forEach((v, i) => {
          this.dateValue(v, at, [...field, i], nodeId)
        })
        return
      }
      this.bad(at, field, nodeId, 'expected a list of texts, of numbers, or two dates', { expected: 'list' })
      return
    }
    if (isRecord(value)) {
      if (own(value, 'type') === 'property') this.reference(value, at, field, nodeId)
      else if (own(value, 'type') === 'step') {
        // An earlier step's property: two ids (check-step-references.ts checks what they name).
        this.text(own(value, 'step'), at, [...field, 'step'], nodeId)
        this.text(own(value, 'property'), at, [...field, 'property'], nodeId)
      } else if (Object.hasOwn(value, 'type')) this.dateValue(value, at, field, nodeId)
      else this.duration(value, at, field, nodeId)
      return
    }
    this.bad(at, field, nodeId, 'expected a value', { expected: 'value' })
  }

  /** A reference to another property: its id, and an optional signed offset within the longest duration. */
  reference(value: Rec, at: Path, field: Path, nodeId: string | undefined): void {
    this.text(own(value, 'property'), at, [...field, 'property'], nodeId)
    const offset = own(value, 'offset')
    if (offset === undefined || !this.record(offset, at, [...field, 'offset'], nodeId)) return
    const ofield = [...field, 'offset']
    const amount = own(offset, 'amount')
    const unitOk = this.oneOf(own(offset, 'unit'), TIME_UNITS, at, [...ofield, 'unit'], nodeId)
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      if (amount === undefined) this.missing(at, [...ofield, 'amount'], nodeId)
      else this.bad(at, [...ofield, 'amount'], nodeId, 'expected a whole number', { expected: 'integer' })
      return
    }
    if (unitOk && Math.abs(amount) * TIME_UNIT_MS[own(offset, 'unit') as keyof typeof TIME_UNIT_MS] > MAX_DURATION_MS) {
      this.limit(at, [...ofield, 'amount'], nodeId, 'maxDuration', MAX_DURATION_MS)
    }
  }

  predicate(r: Rec, at: Path, field: Path, nodeId: string | undefined): void {
    this.text(own(r, 'property'), at, [...field, 'property'], nodeId)
    this.oneOf(own(r, 'operator'), OPERATORS, at, [...field, 'operator'], nodeId)
    const value = own(r, 'value')
    if (value !== undefined) this.predicateValue(value, at, [...field, 'value'], nodeId)
    this.bool(r, 'ignoreCase', at, field, nodeId)
  }

  filters(value: unknown, at: Path, field: Path, nodeId: string | undefined): void {
    if (!this.array(value, at, field, nodeId)) return
    if (value.length > this.limits.maxFilters) {
      this.limit(at, field, nodeId, 'maxFilters', this.limits.maxFilters)
      return
    }
    value.forEach((f, i) => {
      const fpath = [...field, i]
      if (!this.record(f, at, fpath, nodeId)) return
      this.text(own(f, 'id'), at, [...fpath, 'id'], nodeId, 1)
      this.predicate(f, at, fpath, nodeId)
    })
  }

  comparison(r: Rec, at: Path, field: Path, nodeId: string | undefined): void {
    this.oneOf(own(r, 'comparison'), COMPARISON_OPERATORS, at, [...field, 'comparison'], nodeId)
    this.finite(own(r, 'value'), at, [...field, 'value'], nodeId)
    this.finite(own(r, 'value2'), at, [...field, 'value2'], nodeId, true)
  }

  form(value: unknown, at: Path, nodeId: string | undefined): void {
    const field = ['form']
    if (!this.record(value, at, field, nodeId)) return
    const type = own(value, 'type')
    if (!this.oneOf(type, EVENT_FORMS, at, ['form', 'type'], nodeId)) return
    switch (type) {
      case 'performed':
      case 'not_performed':
      case 'first_time':
      case 'last_time':
        this.window(own(value, 'window'), at, [...field, 'window'], nodeId)
        return
      case 'measure': {
        const measure = own(value, 'measure')
        if (this.record(measure, at, [...field, 'measure'], nodeId)) {
          const fn = own(measure, 'fn')
          if (
            this.oneOf(fn, MEASURE_FNS, at, [...field, 'measure', 'fn'], nodeId) &&
            fn !== 'count' &&
            fn !== 'active_days'
          ) {
            this.text(own(measure, 'property'), at, [...field, 'measure', 'property'], nodeId)
          }
        }
        this.comparison(value, at, field, nodeId)
        this.window(own(value, 'window'), at, [...field, 'window'], nodeId)
        return
      }
      case 'nth_time': {
        const n = own(value, 'n')
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
          if (n === undefined) this.missing(at, [...field, 'n'], nodeId)
          else
            this.bad(at, [...field, 'n'], nodeId, 'expected a whole number of at least 1', {
              expected: 'positive integer',
            })
        }
        this.window(own(value, 'window'), at, [...field, 'window'], nodeId)
        this.optionalDuration(value, 'withinOfFirst', at, field, nodeId)
        return
      }
      case 'stopped':
        this.duration(own(value, 'baseline'), at, [...field, 'baseline'], nodeId)
        this.duration(own(value, 'recent'), at, [...field, 'recent'], nodeId)
        return
      case 'restarted':
        this.duration(own(value, 'inactive'), at, [...field, 'inactive'], nodeId)
        this.duration(own(value, 'recent'), at, [...field, 'recent'], nodeId)
        return
      case 'regularly': {
        const period = this.duration(own(value, 'period'), at, [...field, 'period'], nodeId)
        const periods = own(value, 'periods')
        for (const key of ['periods', 'minPeriods']) {
          const n = own(value, key)
          if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
            if (n === undefined) this.missing(at, [...field, key], nodeId)
            else
              this.bad(at, [...field, key], nodeId, 'expected a whole number of at least 1', {
                expected: 'positive integer',
              })
          } else if (n > this.limits.maxPeriods) {
            this.limit(at, [...field, key], nodeId, 'maxPeriods', this.limits.maxPeriods)
          }
        }
        this.bool(value, 'calendar', at, field, nodeId)
        const perPeriod = own(value, 'minPerPeriod')
        if (
          perPeriod !== undefined &&
          (typeof perPeriod !== 'number' || !Number.isSafeInteger(perPeriod) || perPeriod < 1)
        ) {
          this.bad(at, [...field, 'minPerPeriod'], nodeId, 'expected a whole number of at least 1', {
            expected: 'positive integer',
          })
        }
        if (period !== undefined && typeof periods === 'number' && period * periods > MAX_DURATION_MS) {
          this.limit(at, [...field, 'periods'], nodeId, 'maxDuration', MAX_DURATION_MS)
        }
        return
      }
    }
  }

  /** An optional IANA time zone name (`unknown_time_zone` when `Intl` does not know it). */
  timeZone(value: unknown, field: Path): void {
    if (value === undefined) return
    if (typeof value !== 'string') {
      this.bad([], field, undefined, 'expected an IANA time zone name such as Europe/Berlin', { expected: 'string' })
      return
    }
    if (!isTimeZone(value)) this.issues.push(unknownTimeZone(value, field))
  }

  /** Counts the node and checks its id; returns its id, or false when the walk must stop. */
  visit(r: Rec, at: Path, depth: number): string | undefined | false {
    if (this.stopped) return false
    this.nodes += 1
    const id = own(r, 'id')
    const nodeId = typeof id === 'string' ? id : undefined
    if (this.nodes > this.limits.maxNodes) {
      this.stopped = true
      this.limit(at, [], nodeId, 'maxNodes', this.limits.maxNodes)
      return false
    }
    if (depth > this.limits.maxDepth && !this.depthReported) {
      this.depthReported = true
      this.limit(at, [], nodeId, 'maxDepth', this.limits.maxDepth)
    }
    if (this.text(id, at, ['id'], nodeId, 1)) {
      if (this.ids.has(id)) {
        this.push(
          issue({
            code: 'duplicate_id',
            at,
            field: ['id'],
            nodeId: id,
            message: `The id '${id}' is used by more than one node`,
            params: { id },
          }),
          at,
        )
      }
      this.ids.add(id)
    }
    this.bool(r, 'disabled', at, [], nodeId)
    this.bool(r, 'locked', at, [], nodeId)
    return nodeId
  }

  group(value: unknown, at: Path, depth: number): void {
    if (!isRecord(value)) {
      this.bad(at, [], undefined, 'expected a group', { expected: 'group' })
      return
    }
    if (own(value, 'kind') !== 'group') {
      this.bad(at, ['kind'], undefined, 'expected "group"', { expected: 'group' })
      return
    }
    const nodeId = this.visit(value, at, depth)
    if (nodeId === false) return
    this.oneOf(own(value, 'combinator'), ['and', 'or'], at, ['combinator'], nodeId)
    const atLeast = own(value, 'atLeast')
    if (atLeast !== undefined) {
      if (typeof atLeast !== 'number' || !Number.isSafeInteger(atLeast) || atLeast < 1)
        this.bad(at, ['atLeast'], nodeId, 'expected a whole number of at least 1', { expected: 'positive integer' })
    }
    this.bool(value, 'negated', at, [], nodeId)
    this.bool(value, 'collapsed', at, [], nodeId)
    const children = own(value, 'children')
    if (!this.array(children, at, ['children'], nodeId)) return
    if (depth > this.limits.maxDepth) return
    for (let i = 0; i < children.length && !this.stopped; i++) this.node(children[i], [...at, 'children', i], depth)
  }

  node(value: unknown, at: Path, depth: number): void {
    this.guard(at, () => this.nodeUnsafe(value, at, depth))
  }

  /** Runs `check`; a getter or Proxy trap that throws becomes an `unreadable` issue at `at`. */
  guard(at: Path, check: () => void): void {
    try {
      check()
    } catch (error) {
      this.unreadable(at, error)
    }
  }

  unreadable(at: Path, error: unknown): void {
    const detail = error instanceof Error ? error.message : 'the value could not be read'
    this.push(
      issue({ code: 'unreadable', at, message: `This part could not be read: ${detail}`, params: { detail } }),
      at,
    )
  }

  nodeUnsafe(value: unknown, at: Path, depth: number): void {
    if (!isRecord(value)) {
      this.bad(at, [], undefined, 'expected a group or a condition', { expected: 'node' })
      return
    }
    const kind = own(value, 'kind')
    if (kind === 'group') {
      this.group(value, at, depth + 1)
      return
    }
    const nodeId = this.visit(value, at, depth)
    if (nodeId === false) return
    switch (kind) {
      case 'opaque':
        this.oneOf(own(value, 'reason'), ['unknown_kind', 'invalid'], at, ['reason'], nodeId)
        return
      case 'property': {
        this.predicate(value, at, [], nodeId)
        const when = own(value, 'at')
        if (when !== undefined) this.dateValue(when, at, ['at'], nodeId)
        return
      }
      case 'event':
        this.eventRef(own(value, 'event'), at, ['event'], nodeId)
        this.filters(own(value, 'filters'), at, ['filters'], nodeId)
        this.form(own(value, 'form'), at, nodeId)
        return
      case 'sequence': {
        const steps = own(value, 'steps')
        if (this.array(steps, at, ['steps'], nodeId)) {
          if (steps.length > this.limits.maxSteps) this.limit(at, ['steps'], nodeId, 'maxSteps', this.limits.maxSteps)
          else
            steps.forEach((step, i) => {
              const field = ['steps', i]
              if (!this.record(step, at, field, nodeId)) return
              this.text(own(step, 'id'), at, [...field, 'id'], nodeId, 1)
              this.eventRef(own(step, 'event'), at, [...field, 'event'], nodeId)
              this.filters(own(step, 'filters'), at, [...field, 'filters'], nodeId)
              this.bool(step, 'negated', at, field, nodeId)
              this.optionalDuration(step, 'maxGap', at, field, nodeId)
            })
        }
        this.window(own(value, 'window'), at, ['window'], nodeId)
        this.optionalDuration(value, 'within', at, [], nodeId)
        return
      }
      case 'list':
        this.text(own(value, 'list'), at, ['list'], nodeId)
        this.oneOf(own(value, 'operator'), ['in', 'not_in'], at, ['operator'], nodeId)
        return
      case 'tag':
        this.text(own(value, 'tag'), at, ['tag'], nodeId)
        this.oneOf(own(value, 'operator'), ['has', 'not_has'], at, ['operator'], nodeId)
        return
      case 'segment':
        this.text(own(value, 'segment'), at, ['segment'], nodeId)
        this.oneOf(own(value, 'operator'), ['in', 'not_in'], at, ['operator'], nodeId)
        return
      case 'related': {
        this.text(own(value, 'relation'), at, ['relation'], nodeId)
        const match = own(value, 'match')
        if (this.record(match, at, ['match'], nodeId)) {
          const type = own(match, 'type')
          if (this.oneOf(type, MATCH_TYPES, at, ['match', 'type'], nodeId) && type === 'count') {
            this.comparison(match, at, ['match'], nodeId)
          }
        }
        const root = own(value, 'root')
        if (root === undefined) this.missing(at, ['root'], nodeId)
        else this.guard([...at, 'root'], () => this.group(root, [...at, 'root'], depth + 1))
        return
      }
      default:
        this.bad(at, ['kind'], nodeId, 'expected a known condition kind', {
          expected: 'kind',
          kind: typeof kind === 'string' ? kind : '',
        })
    }
  }

  document(value: unknown): void {
    if (!isRecord(value)) {
      this.bad([], [], undefined, 'a segment must be an object', { expected: 'object' })
      return
    }
    const version = own(value, 'version')
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      if (version === undefined) this.missing([], ['version'], undefined)
      else
        this.bad([], ['version'], undefined, 'expected a whole number of at least 1', { expected: 'positive integer' })
    }
    this.text(own(value, 'id'), [], ['id'], undefined, 1)
    this.text(own(value, 'name'), [], ['name'], undefined)
    this.optionalText(value, 'description', [], [], undefined)
    this.text(own(value, 'entity'), [], ['entity'], undefined, 1)
    const asOf = own(value, 'asOf')
    if (asOf !== undefined) this.instant(asOf, [], ['asOf'], undefined)
    this.timeZone(own(value, 'timeZone'), ['timeZone'])
    const weekStart = own(value, 'weekStart')
    if (weekStart !== undefined) this.oneOf(weekStart, WEEKDAYS, [], ['weekStart'], undefined)
    const root = own(value, 'root')
    if (root === undefined) this.missing(['root'], [], undefined)
    else this.guard(['root'], () => this.group(root, ['root'], 1))
  }
}

/**
 * Every shape problem of a segment built in code or read from JSON: wrong or
 * missing fields (`invalid_structure`, `missing_field`), texts that break the text
 * rule (`invalid_text`), exceeded limits (`limit_exceeded`, `max_depth`,
 * `max_size`), repeated ids (`duplicate_id`), parts that could not be read
 * (`unreadable`). Never throws. Opaque nodes are checked only for their id.
 */
export function checkSegmentShape(segment: unknown, options: ShapeOptions = {}): Issue[] {
  return inspectSegmentShape(segment, options).issues
}

/** `checkSegmentShape` with the paths of the malformed nodes, for the checks that follow it. */
export function inspectSegmentShape(segment: unknown, options: ShapeOptions = {}): ShapeReport {
  const checker = new Checker(shapeLimits(options))
  try {
    checker.document(segment)
  } catch (error) {
    checker.unreadable([], error)
  }
  return { issues: checker.issues, malformed: checker.malformed, truncated: checker.stopped }
}

/**
 * Throws `SegmentError` when `segment` is not shaped like a `Segment` (see
 * `checkSegmentShape`; warnings do not count). Cheap; call it at every public
 * entry point that takes a segment from code.
 */
export function assertSegmentShape(segment: unknown, options: ShapeOptions = {}): asserts segment is Segment {
  const errors = checkSegmentShape(segment, options).filter((i) => i.severity === 'error')
  if (errors.length > 0) throw new SegmentError('Malformed segment', errors)
}
