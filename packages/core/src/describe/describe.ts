/**
 * Plain-language descriptions of segments: "Users who had at least 3
 * “Purchased” events in the last 30 days and whose Plan is Pro". The words are
 * a rendering of the description tree (`describeGroupTree`), which says exactly
 * what the segment selects: empty groups become "all" / "no" users, nested and
 * negated groups are bracketed. Labels come from the catalog (ids where the
 * catalog does not know a thing); numbers and dates are formatted with Intl;
 * every word comes from replaceable messages.
 */
import type { Catalog } from '../catalog/schema.ts'
import { SegmentError } from '../errors.ts'
import type { EventCondition, SequenceCondition } from '../model/conditions.ts'
import { commonEventProperty, eventIdsOf } from '../model/event-ref.ts'
import { SEGMENT_LIMIT_CEILINGS } from '../model/limits.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { calendarUnitOf } from '../model/time.ts'
import { checkSegmentShape } from '../validate/segment-shape.ts'
import { type Description, describeGroupTree, describeNodeTree, type LeafNode } from './description.ts'
import { formatInstant, formatNumber } from './format-value.ts'
import {
  type Ctx,
  comparisonWording,
  context,
  type DescribeOptions,
  dateValue,
  duration,
  eventName,
  filtersText,
  inTimeZone,
  named,
  predicateText,
  windowText,
} from './wording.ts'

export type { DescribeOptions } from './wording.ts'

function eventText(node: EventCondition, entity: string, ctx: Ctx): string {
  const event = eventName(node.event, ctx)
  const filters = filtersText(node.event, node.filters, ctx, entity)
  const form = node.form
  switch (form.type) {
    case 'performed':
      return ctx.m.performed(event, filters, windowText(form.window, ctx))
    case 'not_performed':
      return ctx.m.notPerformed(event, filters, windowText(form.window, ctx))
    case 'measure': {
      const m = form.measure
      const window = windowText(form.window, ctx)
      const plain = (n: number) => formatNumber(n, undefined, ctx)
      if (m.fn === 'count')
        return ctx.m.count(comparisonWording(form.comparison, form.value, form.value2, plain), event, filters, window)
      if (m.fn === 'active_days')
        return ctx.m.activeDays(
          comparisonWording(form.comparison, form.value, form.value2, plain),
          event,
          filters,
          window,
        )
      const def = commonEventProperty(ctx.index, eventIdsOf(node.event, ctx.index, entity), m.property)
      const fmt = m.fn === 'distinct' ? plain : (n: number) => formatNumber(n, def, ctx)
      const comparison = ctx.m.comparison(comparisonWording(form.comparison, form.value, form.value2, fmt))
      return ctx.m.measure(
        ctx.m.measureName(m.fn, named(def?.label, m.property, ctx)),
        event,
        filters,
        window,
        comparison,
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
    case 'regularly': {
      const unit = form.calendar ? calendarUnitOf(form.period) : undefined
      if (unit !== undefined)
        return inTimeZone(
          ctx.m.regularlyCalendar(event, filters, form.minPeriods, form.periods, unit, form.minPerPeriod ?? 1),
          ctx,
        )
      return ctx.m.regularly(
        event,
        filters,
        form.minPeriods,
        form.periods,
        duration(form.period, ctx),
        form.minPerPeriod ?? 1,
      )
    }
    case 'nth_time':
      return ctx.m.nthTime(
        form.n,
        event,
        filters,
        windowText(form.window, ctx),
        form.withinOfFirst ? duration(form.withinOfFirst, ctx) : undefined,
      )
    default: {
      form satisfies never
      return ''
    }
  }
}

function sequenceText(node: SequenceCondition, entity: string, ctx: Ctx): string {
  const steps = node.steps.map((step, i) =>
    ctx.m.step(eventName(step.event, ctx), filtersText(step.event, step.filters, ctx, entity, node.steps), {
      negated: Boolean(step.negated),
      maxGap: step.maxGap ? duration(step.maxGap, ctx) : undefined,
      first: i === 0,
      last: i === node.steps.length - 1,
      any: typeof step.event !== 'string' && 'any' in step.event,
    }),
  )
  return ctx.m.sequence(
    steps,
    node.window.type === 'ever' ? undefined : windowText(node.window, ctx),
    node.within ? duration(node.within, ctx) : undefined,
  )
}

function leafText(node: LeafNode, entity: string, ctx: Ctx): string {
  switch (node.kind) {
    case 'opaque':
      return ctx.m.unknownCondition
    case 'property': {
      const def = ctx.index.property(entity, node.property)
      const at = node.at ? dateValue(node.at, ctx) : undefined
      return ctx.m.property(
        named(def?.label, node.property, ctx),
        predicateText(node, def, ctx, at !== undefined, entity),
        at ? ctx.m.at(at.text, at.kind) : undefined,
      )
    }
    case 'event':
      return eventText(node, entity, ctx)
    case 'sequence':
      return sequenceText(node, entity, ctx)
    case 'list':
      return ctx.m.list(named(ctx.index.list(node.list)?.label, node.list, ctx), node.operator === 'in')
    case 'tag':
      return ctx.m.tag(named(ctx.index.tag(node.tag)?.label, node.tag, ctx), node.operator === 'has')
    case 'segment':
      return ctx.m.segmentRef(named(ctx.index.segment(node.segment)?.label, node.segment, ctx), node.operator === 'in')
    default: {
      node satisfies never
      return ''
    }
  }
}

/** The clause of a description part; `nested` brackets a part of several parts. */
function clause(d: Description, entity: string, ctx: Ctx, nested: boolean): string {
  switch (d.type) {
    // Constants are folded away except at the top and inside related conditions; worded here for completeness.
    case 'everyone':
      return ctx.m.everyone('')
    case 'nobody':
      return ctx.m.nobody('')
    case 'all':
    case 'any': {
      // A negated part, and a related condition followed by more parts, are bracketed so that the next
      // "and" / "or" cannot be read as part of them.
      const parts = d.parts.map((p, i) => {
        const text = clause(p, entity, ctx, true)
        const open = p.type === 'not' || (p.type === 'related' && p.inner.type !== 'everyone' && i < d.parts.length - 1)
        return open ? ctx.m.group(text) : text
      })
      const joined = d.type === 'all' ? ctx.m.and(parts) : ctx.m.or(parts)
      return nested ? ctx.m.group(joined) : joined
    }
    case 'atLeast':
      // The message brackets its own parts, which are separated, not joined: no part needs brackets.
      return ctx.m.atLeast(
        d.count,
        d.parts.map((p) => clause(p, entity, ctx, false)),
      )
    case 'not':
      return ctx.m.not(clause(d.part, entity, ctx, true))
    case 'leaf':
      return leafText(d.node, entity, ctx)
    case 'related': {
      const relation = ctx.index.relation(entity, d.relation)
      const target = relation ? ctx.index.entity(relation.target) : undefined
      const targetId = relation?.target ?? entity
      const singular = target?.label ?? targetId
      const match = d.match
      const wordedMatch =
        match.type === 'count'
          ? {
              count: comparisonWording(match.comparison, match.value, match.value2, (n) =>
                formatNumber(n, undefined, ctx),
              ),
            }
          : match.type
      return ctx.m.related(wordedMatch, {
        relation: named(relation?.label, d.relation, ctx),
        singular,
        plural: target?.pluralLabel ?? singular,
        toOne: relation?.type === 'many_to_one',
        body: d.inner.type === 'everyone' ? undefined : clause(d.inner, targetId, ctx, true),
      })
    }
    default: {
      d satisfies never
      return ''
    }
  }
}

/** Words a description tree of `entity`: the renderer behind `describeSegment`, for a tree built elsewhere. */
export function wordDescription(
  description: Description,
  catalog: Catalog,
  entity: string,
  options: DescribeOptions = {},
): string {
  return clause(description, entity, context(catalog, options), false)
}

/** One node in plain language (a condition, or a group with its contents). */
export function describeNode(
  node: SegmentNode,
  catalog: Catalog,
  entity: string,
  options: DescribeOptions = {},
): string {
  return clause(describeNodeTree(node), entity, context(catalog, options), false)
}

/** The whole segment in plain language. */
export function describeSegment(segment: Segment, catalog: Catalog, options: DescribeOptions = {}): string {
  // Words only what can be walked: nesting beyond the ceilings, or parts that cannot be read, are a SegmentError.
  const unwalkable = checkSegmentShape(segment, { limits: SEGMENT_LIMIT_CEILINGS }).filter(
    (i) => i.code === 'max_depth' || i.code === 'unreadable',
  )
  if (unwalkable.length > 0) throw new SegmentError('Segment cannot be described', unwalkable)
  const ctx = { ...context(catalog, options), timeZone: segment.timeZone }
  const entity = ctx.index.entity(segment.entity)
  const plural = entity?.pluralLabel ?? entity?.label ?? segment.entity
  const tree = describeGroupTree(segment.root)
  const body =
    tree.type === 'everyone'
      ? ctx.m.everyone(plural)
      : tree.type === 'nobody'
        ? ctx.m.nobody(plural)
        : ctx.m.segment(plural, clause(tree, segment.entity, ctx, false))
  return segment.asOf ? `${body}${ctx.m.asOf(formatInstant(segment.asOf, ctx).text)}` : body
}
