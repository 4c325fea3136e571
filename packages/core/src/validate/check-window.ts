/** Checks of time windows and of numbers compared with a threshold (measures, related counts). */
import { parseInstant } from '../model/instant.ts'
import type { Comparison } from '../model/operators.ts'
import { durationMs, type Window } from '../model/time.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

/** A window that ends before it starts (`window_order`). `field` is the window's place in the node. */
export function checkWindow(window: Window, at: Path, field: Path, nodeId: string, ctx: CheckContext): void {
  if (window.type === 'between') {
    const from = parseInstant(window.from)
    const to = parseInstant(window.to)
    if (from !== undefined && to !== undefined && from >= to) {
      ctx.issues.push(
        issue({
          code: 'window_order',
          at,
          field,
          nodeId,
          message: 'The time window ends before it starts',
          params: { from: window.from, to: window.to },
        }),
      )
    }
  }
  if (window.type === 'calendar' && window.complete === 0 && !window.current) {
    ctx.issues.push(
      issue({
        code: 'window_empty',
        at,
        field,
        nodeId,
        message: 'The calendar window holds no period: count complete periods, the current one, or both',
        params: { unit: window.unit },
      }),
    )
  }
  if (window.type === 'relative_range' && durationMs(window.start) <= durationMs(window.end)) {
    ctx.issues.push(
      issue({
        code: 'window_order',
        at,
        field,
        nodeId,
        message: 'The time window ends before it starts: its start must be further back than its end',
        params: {},
      }),
    )
  }
}

interface Compared {
  comparison: Comparison
  value: number
  value2?: number | undefined
}

/** `between` bounds, and for counts: whole numbers, and comparisons that are always or never true. */
export function checkComparison(
  c: Compared,
  at: Path,
  field: Path,
  nodeId: string,
  ctx: CheckContext,
  isCount: boolean,
): void {
  if (c.comparison === 'between') {
    if (c.value2 === undefined) {
      ctx.issues.push(
        issue({
          code: 'value_missing',
          at,
          field: [...field, 'value2'],
          nodeId,
          message: "'between' needs an upper bound",
          params: { operator: 'between' },
        }),
      )
    } else if (c.value2 < c.value) {
      ctx.issues.push(
        issue({
          code: 'between_order',
          at,
          field: [...field, 'value2'],
          nodeId,
          message: `The minimum ${c.value} is above the maximum ${c.value2}`,
          params: { min: c.value, max: c.value2 },
        }),
      )
    }
  }
  if (!isCount) return
  const values = c.comparison === 'between' && c.value2 !== undefined ? [c.value, c.value2] : [c.value]
  if (values.some((v) => v < 0 || !Number.isInteger(v))) {
    ctx.issues.push(
      issue({
        code: 'count_meaningless',
        at,
        field: [...field, 'value'],
        nodeId,
        message: 'A count is a whole number of at least 0',
        params: { value: c.value },
      }),
    )
  } else if ((c.comparison === 'lt' && c.value === 0) || (c.comparison === 'gte' && c.value === 0)) {
    const always = c.comparison === 'gte'
    ctx.issues.push(
      issue({
        code: 'count_meaningless',
        at,
        field: [...field, 'value'],
        nodeId,
        message: `A count ${always ? '≥ 0 is always true' : '< 0 is never true'}`,
        params: { comparison: c.comparison, value: 0, always },
        severity: 'warning',
      }),
    )
  }
}
