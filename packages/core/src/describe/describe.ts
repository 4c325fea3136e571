/**
 * Plain-language descriptions of segments: "Users who performed Purchased at
 * least 3 times in the last 30 days and whose Plan is Pro". Labels come from the
 * catalog (ids where the catalog does not know a thing); numbers and dates are
 * formatted with Intl; every word comes from replaceable messages.
 */
import { type CatalogIndex, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog, PropertyDef } from '../catalog/schema.ts'
import type { EventCondition, EventForm, SequenceCondition } from '../model/conditions.ts'
import { valueShape } from '../model/operators.ts'
import type { EventFilter, PredicateValue } from '../model/predicate.ts'
import { type Group, isActive, type Segment, type SegmentNode } from '../model/segment.ts'
import type { DateValue, Duration, Window } from '../model/time.ts'
import { type DescribeMessages, englishDescribeMessages } from './messages.ts'

export interface DescribeOptions {
  /** Replace some or all words (another language). */
  messages?: Partial<DescribeMessages> | undefined
  /** Locale for numbers and dates. Default `en-US`. */
  locale?: string | undefined
}

interface Ctx {
  index: CatalogIndex
  m: DescribeMessages
  locale: string
}

function context(catalog: Catalog, options: DescribeOptions): Ctx {
  return {
    index: indexCatalog(catalog),
    m: { ...englishDescribeMessages, ...options.messages },
    locale: options.locale ?? 'en-US',
  }
}

function duration(d: Duration, ctx: Ctx): string {
  return ctx.m.duration(d.amount, d.unit)
}

function instant(iso: string, ctx: Ctx): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0
  return new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: 'medium',
    ...(midnight ? {} : { timeStyle: 'short' }),
    timeZone: 'UTC',
  }).format(date)
}

function dateValue(v: DateValue, ctx: Ctx): string {
  switch (v.type) {
    case 'absolute':
      return instant(v.value, ctx)
    case 'ago':
      return ctx.m.ago(duration(v.duration, ctx))
    case 'from_now':
      return ctx.m.fromNow(duration(v.duration, ctx))
    default: {
      v satisfies never
      return ''
    }
  }
}

function windowText(w: Window, ctx: Ctx): string {
  switch (w.type) {
    case 'ever':
      return ctx.m.window.ever
    case 'last':
      return ctx.m.window.last(duration(w.duration, ctx))
    case 'before':
      return ctx.m.window.before(duration(w.duration, ctx))
    case 'relative_range':
      return ctx.m.window.relativeRange(duration(w.start, ctx), duration(w.end, ctx))
    case 'between':
      return ctx.m.window.between(instant(w.from, ctx), instant(w.to, ctx))
    default: {
      w satisfies never
      return ''
    }
  }
}

function number(n: number, def: PropertyDef | undefined, ctx: Ctx): string {
  const currency = def?.unit && /^[A-Z]{3}$/.test(def.unit) ? def.unit : undefined
  return new Intl.NumberFormat(
    ctx.locale,
    currency ? { style: 'currency', currency, maximumFractionDigits: 2 } : {},
  ).format(n)
}

function scalar(v: string | number | boolean, def: PropertyDef | undefined, ctx: Ctx): string {
  if (typeof v === 'number') return number(v, def, ctx)
  if (typeof v === 'boolean') return String(v)
  const option = def?.options?.find((o) => o.value === v)
  return option ? option.label : `“${v}”`
}

function valueText(
  pred: { operator: Parameters<typeof valueShape>[0]; value?: PredicateValue | undefined },
  def: PropertyDef | undefined,
  ctx: Ctx,
): string {
  const v = pred.value
  if (v === undefined) return ''
  const shape = valueShape(pred.operator, def?.type ?? 'string')
  switch (shape) {
    case 'none':
      return ''
    case 'scalar':
      return typeof v === 'object' ? JSON.stringify(v) : scalar(v, def, ctx)
    case 'list': {
      const items = Array.isArray(v) ? (v as (string | number)[]).map((x) => scalar(x, def, ctx)) : [JSON.stringify(v)]
      const conjunction = pred.operator === 'has_all' ? 'and' : 'or'
      return ctx.m.listJoin(items, conjunction)
    }
    case 'range':
      return Array.isArray(v)
        ? ctx.m.listJoin(
            (v as number[]).map((x) => number(x, def, ctx)),
            'and',
          )
        : ''
    case 'date':
      return typeof v === 'object' && !Array.isArray(v) && 'type' in v ? dateValue(v, ctx) : ''
    case 'date_range':
      return Array.isArray(v)
        ? ctx.m.listJoin(
            (v as DateValue[]).map((d) => dateValue(d, ctx)),
            'and',
          )
        : ''
    case 'duration':
      return typeof v === 'object' && !Array.isArray(v) && 'unit' in v ? duration(v, ctx) : ''
    default: {
      shape satisfies never
      return ''
    }
  }
}

function filtersText(eventId: string, filters: readonly EventFilter[], ctx: Ctx): string {
  return ctx.m.filters(
    filters.map((f) => {
      const def = ctx.index.eventProperty(eventId, f.property)
      return ctx.m.filter(
        def?.label ?? f.property,
        ctx.m.operator(f.operator, valueText(f, def, ctx), Boolean(f.ignoreCase)),
      )
    }),
  )
}

function eventText(node: EventCondition, ctx: Ctx): string {
  const event = ctx.index.event(node.event)?.label ?? node.event
  const filters = filtersText(node.event, node.filters, ctx)
  const form: EventForm = node.form
  switch (form.type) {
    case 'performed':
      return ctx.m.performed(event, filters, windowText(form.window, ctx))
    case 'not_performed':
      return ctx.m.notPerformed(event, filters, windowText(form.window, ctx))
    case 'measure': {
      const m = form.measure
      const property = m.fn === 'count' || m.fn === 'active_days' ? undefined : m.property
      const def = property ? ctx.index.eventProperty(node.event, property) : undefined
      const isCount = m.fn === 'count'
      const fmt = (n: number) =>
        m.fn === 'sum' || m.fn === 'avg' || m.fn === 'min' || m.fn === 'max'
          ? number(n, def, ctx)
          : number(n, undefined, ctx)
      const comparison = ctx.m.comparison(
        form.comparison,
        fmt(form.value),
        form.value2 === undefined ? undefined : fmt(form.value2),
        isCount,
      )
      return ctx.m.measure(
        ctx.m.measureName(m.fn, def?.label ?? property),
        event,
        filters,
        comparison,
        windowText(form.window, ctx),
      )
    }
    case 'first_time':
      return ctx.m.firstTime(event, filters, windowText(form.window, ctx))
    case 'last_time':
      return ctx.m.lastTime(event, filters, windowText(form.window, ctx))
    case 'stopped':
      return ctx.m.stopped(event, filters, duration(form.recent, ctx), duration(form.baseline, ctx))
    case 'restarted':
      return ctx.m.restarted(event, filters, duration(form.recent, ctx), duration(form.inactive, ctx))
    case 'regularly':
      return ctx.m.regularly(event, filters, form.minPeriods, form.periods, duration(form.period, ctx))
    default: {
      form satisfies never
      return ''
    }
  }
}

function sequenceText(node: SequenceCondition, ctx: Ctx): string {
  const steps = node.steps.map((step, i) =>
    ctx.m.step(
      ctx.index.event(step.event)?.label ?? step.event,
      filtersText(step.event, step.filters, ctx),
      Boolean(step.negated),
      step.maxGap ? duration(step.maxGap, ctx) : undefined,
      i === 0,
    ),
  )
  return ctx.m.sequence(steps, windowText(node.window, ctx), node.within ? duration(node.within, ctx) : undefined)
}

function groupText(group: Group, entity: string, ctx: Ctx, nested: boolean): string {
  const parts = group.children.filter(isActive).map((child) => nodeText(child, entity, ctx))
  const joined = parts.join(` ${group.combinator === 'and' ? ctx.m.and : ctx.m.or} `)
  const body = nested && parts.length > 1 ? `(${joined})` : joined
  return group.negated ? ctx.m.not(body) : body
}

function nodeText(node: SegmentNode, entity: string, ctx: Ctx): string {
  switch (node.kind) {
    case 'group':
      return groupText(node, entity, ctx, true)
    case 'opaque':
      return ctx.m.unknownCondition
    case 'property': {
      const def = ctx.index.property(entity, node.property)
      const predicate = ctx.m.operator(node.operator, valueText(node, def, ctx), Boolean(node.ignoreCase))
      return ctx.m.property(
        def?.label ?? node.property,
        predicate,
        node.at ? ctx.m.at(dateValue(node.at, ctx)) : undefined,
      )
    }
    case 'event':
      return eventText(node, ctx)
    case 'sequence':
      return sequenceText(node, ctx)
    case 'list':
      return ctx.m.list(ctx.index.list(node.list)?.label ?? node.list, node.operator === 'in')
    case 'tag':
      return ctx.m.tag(ctx.index.tag(node.tag)?.label ?? node.tag, node.operator === 'has')
    case 'segment':
      return ctx.m.segmentRef(ctx.index.segment(node.segment)?.label ?? node.segment, node.operator === 'in')
    case 'related': {
      const relation = ctx.index.relation(entity, node.relation)
      const target = relation?.target ?? entity
      const match = node.match
      const count =
        match.type === 'count'
          ? ctx.m.comparison(
              match.comparison,
              number(match.value, undefined, ctx),
              match.value2 === undefined ? undefined : number(match.value2, undefined, ctx),
              false,
            )
          : undefined
      return ctx.m.related(
        relation?.label ?? node.relation,
        ctx.m.relatedMatch(match.type, count),
        groupText(node.root, target, ctx, true),
      )
    }
    default: {
      node satisfies never
      return ''
    }
  }
}

/** One node in plain language (a condition, or a group with its contents). */
export function describeNode(
  node: SegmentNode,
  catalog: Catalog,
  entity: string,
  options: DescribeOptions = {},
): string {
  return nodeText(node, entity, context(catalog, options))
}

/** The whole segment in plain language. */
export function describeSegment(segment: Segment, catalog: Catalog, options: DescribeOptions = {}): string {
  const ctx = context(catalog, options)
  const entity = ctx.index.entity(segment.entity)
  const plural = entity?.pluralLabel ?? entity?.label ?? segment.entity
  const active = segment.root.children.filter(isActive)
  const body =
    active.length === 0 && !segment.root.negated
      ? ctx.m.everyone(plural)
      : ctx.m.segment(plural, groupText(segment.root, segment.entity, ctx, false))
  return segment.asOf ? `${body}${ctx.m.asOf(instant(segment.asOf, ctx))}` : body
}
