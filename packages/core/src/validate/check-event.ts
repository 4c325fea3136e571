/** Checks of an event condition: the event, its filters, and its form (window, measure, periods). */
import type { EventCondition } from '../model/conditions.ts'
import { calendarUnitOf } from '../model/time.ts'
import { checkEventRef, checkFilters } from './check-filters.ts'
import { checkComparison, checkWindow } from './check-window.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

export function checkEvent(node: EventCondition, at: Path, entity: string, ctx: CheckContext): void {
  if (!checkEventRef(node.event, at, ['event'], entity, node.id, ctx)) return
  checkFilters(node.event, node.filters, at, ['filters'], node.id, ctx)
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
        const def = ctx.index.eventProperty(node.event, m.property)
        const field = ['form', 'measure', 'property']
        if (!def) {
          const label = ctx.index.event(node.event)?.label ?? node.event
          ctx.issues.push(
            issue({
              code: 'unknown_event_property',
              at,
              field,
              nodeId: node.id,
              message: `Unknown property '${m.property}' of ${label}`,
              params: { property: m.property, event: label },
            }),
          )
        } else if (m.fn !== 'distinct' && def.type !== 'number') {
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
