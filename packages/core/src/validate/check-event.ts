/** Checks of an event condition: the event, its filters, and its form (window, measure, periods). */
import type { EventCondition } from '../model/conditions.ts'
import { calendarUnitOf } from '../model/time.ts'
import { checkEventRefs, checkFilters, commonPropertyOrIssue } from './check-filters.ts'
import { checkComparison, checkWindow } from './check-window.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

export function checkEvent(node: EventCondition, at: Path, entity: string, ctx: CheckContext): void {
  const ids = checkEventRefs(node.event, at, ['event'], entity, node.id, ctx)
  if (!ids) return
  checkFilters(ids, node.filters, at, ['filters'], node.id, ctx)
  const form = node.form
  switch (form.type) {
    case 'performed':
    case 'not_performed':
    case 'first_time':
    case 'last_time':
      checkWindow(form.window, at, ['form', 'window'], node.id, ctx)
      return
    case 'measure': {
      checkWindow(form.window, at, ['form', 'window'], node.id, ctx)
      const m = form.measure
      if (m.fn !== 'count' && m.fn !== 'active_days') {
        const field = ['form', 'measure', 'property']
        const def = commonPropertyOrIssue(ids, m.property, at, field, node.id, ctx)
        if (def && m.fn !== 'distinct' && def.type !== 'number') {
          ctx.issues.push(
            issue({
              code: 'measure_property_type',
              at,
              field,
              nodeId: node.id,
              message: `${m.fn} needs a number property; ${def.label} is ${def.type}`,
              params: { fn: m.fn, property: def.label, type: def.type },
            }),
          )
        }
      }
      const isCount = m.fn === 'count' || m.fn === 'distinct' || m.fn === 'active_days'
      checkComparison(form, at, ['form'], node.id, ctx, isCount)
      return
    }
    case 'nth_time':
      checkWindow(form.window, at, ['form', 'window'], node.id, ctx)
      if (form.n === 1 && form.withinOfFirst) {
        ctx.issues.push(
          issue({
            code: 'nth_within_meaningless',
            at,
            field: ['form', 'withinOfFirst'],
            nodeId: node.id,
            message: 'The first time is always 0 after the first time: this limit changes nothing',
            params: {},
            severity: 'warning',
          }),
        )
      }
      return
    case 'stopped':
    case 'restarted':
      return
    case 'regularly':
      if (form.minPeriods > form.periods) {
        ctx.issues.push(
          issue({
            code: 'period_order',
            at,
            field: ['form', 'minPeriods'],
            nodeId: node.id,
            message: `At least ${form.minPeriods} of ${form.periods} periods can never happen`,
            params: { minPeriods: form.minPeriods, periods: form.periods },
          }),
        )
      }
      if (form.calendar && calendarUnitOf(form.period) === undefined) {
        ctx.issues.push(
          issue({
            code: 'calendar_period',
            at,
            field: ['form', 'period'],
            nodeId: node.id,
            message: 'A calendar period is exactly one day, week, month or year',
            params: { amount: form.period.amount, unit: form.period.unit },
          }),
        )
      }
      return
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
