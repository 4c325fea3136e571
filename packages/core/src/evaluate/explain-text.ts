/**
 * The sentences of an explanation: what was measured, over which window, and
 * what was needed ("2 “Purchased” events in the last 30 days; needed at least
 * 3"). Every word comes from replaceable messages (`ExplainMessages`, a deep
 * partial in `formatExplanation`); values are worded by their property's type
 * and numbers and dates through Intl, in the caller's locale.
 *
 * `formatExplanation` rewords an evaluator explanation from its data (`actual`,
 * `matched`) and the segment, so a UI shows it in any language; `eventReason`
 * is the English the evaluator writes itself.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { Catalog, PropertyDef } from '../catalog/schema.ts'
import { formatDataValue, formatInstant, formatNumber } from '../describe/format-value.ts'
import { type DescribeMessages, ordinal } from '../describe/messages.ts'
import {
  type Ctx,
  comparisonWording,
  context,
  dateValue,
  duration,
  eventName,
  predicateText,
  windowText,
} from '../describe/wording.ts'
import { type DeepPartial, overrideMessages } from '../i18n/override-messages.ts'
import type { EventForm } from '../model/conditions.ts'
import { commonEventProperty, eventIdsOf } from '../model/event-ref.ts'
import type { Comparison } from '../model/operators.ts'
import { requiredMatches, type Segment, type SegmentNode } from '../model/segment.ts'
import type { Duration, Window } from '../model/time.ts'
import type { EventOutcome } from './event.ts'
import type { Explanation } from './explanation.ts'

/** How a related condition's match reads in an explanation. */
export type RelatedNeed = 'any' | 'all' | 'none' | { count: string }

/** The words of explanations. Parts arrive worded (labels, values, windows, comparisons). */
export interface ExplainMessages {
  /** A missing value. */
  missing: string
  /** A node that took no part (disabled). */
  skipped: string
  /** "Plan is Free; needed: is Pro". `predicate` is the describe wording of the operator and value. */
  property: (p: { label: string; at: string | undefined; value: string; predicate: string; past: boolean }) => string
  /** "2 “Purchased” events". */
  events: (count: number, event: string) => string
  performed: (p: { events: string; window: string }) => string
  notPerformed: (p: { events: string; window: string }) => string
  count: (p: { events: string; window: string; needed: string }) => string
  activeDays: (p: { event: string; days: number; window: string; needed: string }) => string
  /** A sum / average / … over the events; `value` is undefined when there were no events (no average). */
  measure: (p: { measure: string; event: string; window: string; value: string | undefined; needed: string }) => string
  firstTime: (p: { event: string; time: string | undefined; window: string }) => string
  lastTime: (p: { event: string; time: string | undefined; window: string }) => string
  stopped: (p: { events: string; recent: string; baseline: string }) => string
  restarted: (p: { events: string; recent: string; inactive: string }) => string
  /** `perPeriod`: events a period needs to count (1: at least one). */
  /**
   * `nth_time`: `seen` matching events up to asOf (at most `n`); `time` and `first` are the n-th
   * and the first one's times when there were n, `within` the limit after the first.
   */
  nthTime: (p: {
    event: string
    n: number
    seen: number
    time: string | undefined
    first: string | undefined
    window: string
    within: string | undefined
  }) => string
  regularly: (p: {
    event: string
    active: number
    periods: number
    period: string
    minPeriods: number
    perPeriod: number
  }) => string
  /** The sequence completed at these times (worded), or `undefined`: no order of events completes it. */
  sequence: (times: readonly string[] | undefined) => string
  list: (label: string, member: boolean) => string
  tag: (label: string, has: boolean) => string
  segmentRef: (label: string, member: boolean) => string
  /** "1 related User matches; needed at least one". `total` is known when the evaluator reports it. */
  related: (p: { matching: number; plural: string; singular: string; need: RelatedNeed }) => string
  /** One related entity's part of the explanation. */
  relatedEntity: (p: { label: string; id: string | undefined; reason: string }) => string
  /** "2 of 3 conditions hold (all needed)"; `needed` is how many must hold ({@link requiredMatches}). */
  group: (p: { held: number; total: number; needed: number; combinator: 'and' | 'or'; negated: boolean }) => string
  /** An empty group: AND matches everyone, OR no one. */
  emptyGroup: (p: { combinator: 'and' | 'or'; negated: boolean }) => string
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

/** English, the default. */
export const englishExplainMessages: ExplainMessages = {
  missing: 'no value',
  skipped: 'disabled: not evaluated',
  property: (p) => `${p.label}${p.at ? ` ${p.at}` : ''} ${p.past ? 'was' : 'is'} ${p.value}; needed: ${p.predicate}`,
  events: (count, event) => `${count} ${event} ${plural(count, 'event', 'events')}`,
  performed: (p) => `${p.events} ${p.window}; needed at least one`,
  notPerformed: (p) => `${p.events} ${p.window}; needed none`,
  count: (p) => `${p.events} ${p.window}; needed ${p.needed}`,
  activeDays: (p) =>
    `${p.event} events on ${p.days} ${plural(p.days, 'day', 'different days')} ${p.window}; needed ${p.needed}`,
  measure: (p) =>
    `${p.measure.replace(/^./, (c) => c.toUpperCase())} over ${p.event} events ${p.window} is ${p.value ?? 'without a value (no events)'}; needed ${p.needed}`,
  firstTime: (p) =>
    p.time === undefined
      ? `No ${p.event} event; needed the first one ${p.window}`
      : `First ${p.event} event at ${p.time}; needed ${p.window}`,
  lastTime: (p) =>
    p.time === undefined
      ? `No ${p.event} event; needed the last one ${p.window}`
      : `Last ${p.event} event at ${p.time}; needed ${p.window}`,
  stopped: (p) => `${p.events} in the last ${p.recent}; needed none, and at least one in the ${p.baseline} before`,
  restarted: (p) =>
    `${p.events} in the last ${p.recent}; needed at least one, none in the ${p.inactive} before, and one earlier`,
  regularly: (p) =>
    p.perPeriod > 1
      ? `At least ${p.perPeriod} ${p.event} events in ${p.active} of the last ${p.periods} periods of ${p.period}; needed at least ${p.minPeriods}`
      : `${p.event} events in ${p.active} of the last ${p.periods} periods of ${p.period}; needed at least ${p.minPeriods}`,
  nthTime: (p) =>
    p.time === undefined
      ? `${p.seen} ${p.event} ${plural(p.seen, 'event', 'events')} in all; needed the ${ordinal(p.n)} one ${p.window}${p.within ? `, at most ${p.within} after the first` : ''}`
      : `${ordinal(p.n).replace(/^./, (c) => c.toUpperCase())} ${p.event} event at ${p.time}, the first at ${p.first ?? '?'}; needed ${p.window}${p.within ? `, at most ${p.within} after the first` : ''}`,
  sequence: (times) =>
    times === undefined ? 'No order of events completes the sequence' : `Sequence completed: ${times.join(' → ')}`,
  list: (label, member) => `${member ? 'In' : 'Not in'} the list ${label}`,
  tag: (label, has) => `${has ? 'Tagged' : 'Not tagged'} ${label}`,
  segmentRef: (label, member) => `${member ? 'In' : 'Not in'} the segment ${label}`,
  related: (p) => {
    const n = `${p.matching} related ${plural(p.matching, p.singular, p.plural)} ${plural(p.matching, 'matches', 'match')}`
    const need = p.need
    if (need === 'any') return `${n}; needed at least one`
    if (need === 'none') return `${n}; needed none`
    if (need === 'all') return `${n}; needed all of them`
    return `${n}; needed ${need.count}`
  },
  relatedEntity: (p) => `${p.label}${p.id ? ` ${p.id}` : ''}: ${p.reason}`,
  group: (p) =>
    `${p.negated ? 'NOT: ' : ''}${p.held} of ${p.total} ${plural(p.total, 'condition holds', 'conditions hold')} (${p.combinator === 'and' ? 'all needed' : p.needed === 1 ? 'one needed' : `at least ${p.needed} needed`})`,
  emptyGroup: (p) =>
    `${p.negated ? 'NOT: ' : ''}${p.combinator === 'and' ? 'empty AND group: matches everyone' : 'empty OR group: matches no one'}`,
}

/** Options of `formatExplanation`. */
export interface ExplainTextOptions {
  /** Replace some or all words: `explain` for the sentences, `describe` for the predicates and windows in them. */
  messages?: {
    explain?: DeepPartial<ExplainMessages> | undefined
    describe?: DeepPartial<DescribeMessages> | undefined
  }
  /** Locale for numbers and dates. Default `en-US`. */
  locale?: string | undefined
  /** The time zone the explanation was evaluated in, when the evaluation overrode the segment's. */
  timeZone?: string | undefined
}

interface ExplainCtx {
  w: Ctx
  x: ExplainMessages
}

function makeCtx(catalog: Catalog, options: ExplainTextOptions): ExplainCtx {
  return {
    w: context(catalog, { messages: options.messages?.describe, locale: options.locale }),
    x: overrideMessages(englishExplainMessages, options.messages?.explain),
  }
}

const time = (ms: number | undefined, ctx: ExplainCtx) => (ms === undefined ? undefined : formatInstant(ms, ctx.w).text)

function eventText(
  event: string,
  form: EventForm,
  o: EventOutcome,
  eventIds: readonly string[],
  ctx: ExplainCtx,
): string {
  const { w, x } = ctx
  const plain = (n: number) => formatNumber(n, undefined, w)
  switch (form.type) {
    case 'performed':
      return x.performed({ events: x.events(o.value ?? 0, event), window: windowText(form.window, w) })
    case 'not_performed':
      return x.notPerformed({ events: x.events(o.value ?? 0, event), window: windowText(form.window, w) })
    case 'measure': {
      const m = form.measure
      const window = windowText(form.window, w)
      if (m.fn === 'count' || m.fn === 'active_days') {
        const needed = w.m.comparison(comparisonWording(form.comparison, form.value, form.value2, plain))
        return m.fn === 'count'
          ? x.count({ events: x.events(o.value ?? 0, event), window, needed })
          : x.activeDays({ event, days: o.value ?? 0, window, needed })
      }
      const def = commonEventProperty(w.index, eventIds, m.property)
      const fmt = m.fn === 'distinct' ? plain : (n: number) => formatNumber(n, def, w)
      return x.measure({
        measure: w.m.measureName(m.fn, def?.label ?? m.property),
        event,
        window,
        value: o.value === undefined ? undefined : fmt(o.value),
        needed: w.m.comparison(comparisonWording(form.comparison, form.value, form.value2, fmt)),
      })
    }
    case 'first_time':
      return x.firstTime({ event, time: time(o.time, ctx), window: windowText(form.window, w) })
    case 'last_time':
      return x.lastTime({ event, time: time(o.time, ctx), window: windowText(form.window, w) })
    case 'stopped':
      return x.stopped({
        events: x.events(o.value ?? 0, event),
        recent: duration(form.recent, w),
        baseline: duration(form.baseline, w),
      })
    case 'restarted':
      return x.restarted({
        events: x.events(o.value ?? 0, event),
        recent: duration(form.recent, w),
        inactive: duration(form.inactive, w),
      })
    case 'regularly':
      return x.regularly({
        event,
        active: o.value ?? 0,
        periods: form.periods,
        period: duration(form.period, w),
        minPeriods: form.minPeriods,
        perPeriod: form.minPerPeriod ?? 1,
      })
    case 'nth_time':
      return x.nthTime({
        event,
        n: form.n,
        seen: o.value ?? (o.time === undefined ? 0 : form.n),
        time: time(o.time, ctx),
        first: time(o.first, ctx),
        window: windowText(form.window, w),
        within: form.withinOfFirst ? duration(form.withinOfFirst, w) : undefined,
      })
    default: {
      form satisfies never
      return ''
    }
  }
}

// ---- The evaluator's own English (legacy wording) ----

const SYMBOL: Readonly<Record<Comparison, string>> = {
  eq: '=',
  neq: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  between: 'between',
}

const durationText = (d: Duration) => `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`
const iso = (ms: number) => new Date(ms).toISOString()

function legacyWindowText(w: Window): string {
  switch (w.type) {
    case 'ever':
      return 'ever'
    case 'last':
      return `in the last ${durationText(w.duration)}`
    case 'before':
      return `more than ${durationText(w.duration)} ago`
    case 'relative_range':
      return `between ${durationText(w.start)} and ${durationText(w.end)} ago`
    case 'between':
      return `from ${w.from} to ${w.to}`
    case 'calendar': {
      const present = w.unit === 'day' ? 'today' : `this ${w.unit}`
      if (w.complete === 0) return present
      const before = `the last ${w.complete} complete ${w.unit}${w.complete === 1 ? '' : 's'}`
      return w.current ? `${present} or ${before}` : `in ${before}`
    }
    default: {
      w satisfies never
      return ''
    }
  }
}

/** "≥ 3", "between 1 and 5". */
function neededText(comparison: Comparison, value: number, value2: number | undefined): string {
  return comparison === 'between' ? `between ${value} and ${value2}` : `${SYMBOL[comparison]} ${value}`
}

const times = (n: number | undefined) => `${n ?? 0} time${n === 1 ? '' : 's'}`

/**
 * The English reason of an event condition's outcome for one entity, as the
 * evaluator writes it into `Explanation.reason` (kept word for word: callers
 * and tests read it). `formatExplanation` words the same outcome in any language.
 */
export function eventReason(label: string, form: EventForm, o: EventOutcome): string {
  switch (form.type) {
    case 'performed':
      return `${label} ${times(o.value)} ${legacyWindowText(form.window)}, needed at least 1`
    case 'not_performed':
      return `${label} ${times(o.value)} ${legacyWindowText(form.window)}, needed none`
    case 'measure': {
      const needed = neededText(form.comparison, form.value, form.value2)
      const m = form.measure
      if (m.fn === 'count') return `${label} ${times(o.value)} ${legacyWindowText(form.window)}, needed ${needed}`
      const what =
        m.fn === 'active_days'
          ? `Active days with ${label}`
          : `${m.fn} of ${label} ${m.property}`.replace(/^./, (c) => c.toUpperCase())
      const value = o.value === undefined ? 'no value (no events)' : String(o.value)
      return `${what} ${legacyWindowText(form.window)} is ${value}, needed ${needed}`
    }
    case 'first_time':
      return o.time === undefined
        ? `Never ${label}, needed the first time ${legacyWindowText(form.window)}`
        : `First ${label} at ${iso(o.time)}, needed ${legacyWindowText(form.window)}`
    case 'last_time':
      return o.time === undefined
        ? `Never ${label}, needed the last time ${legacyWindowText(form.window)}`
        : `Last ${label} at ${iso(o.time)}, needed ${legacyWindowText(form.window)}`
    case 'stopped':
      return `${label} ${times(o.value)} in the last ${durationText(form.recent)} (needed none, and some in the ${durationText(form.baseline)} before)${o.time === undefined ? '' : `; last at ${iso(o.time)}`}`
    case 'restarted':
      return `${label} ${times(o.value)} in the last ${durationText(form.recent)} (needed some, none in the ${durationText(form.inactive)} before, and some earlier)`
    case 'regularly':
      return `${label}${(form.minPerPeriod ?? 1) > 1 ? ` at least ${form.minPerPeriod} times` : ''} in ${o.value ?? 0} of the last ${form.periods} periods of ${durationText(form.period)}, needed at least ${form.minPeriods}`
    case 'nth_time': {
      const within = form.withinOfFirst ? `, at most ${durationText(form.withinOfFirst)} after the first` : ''
      return o.time === undefined
        ? `${label} ${times(o.value)} in all, needed the ${ordinal(form.n)} time ${legacyWindowText(form.window)}${within}`
        : `${ordinal(form.n)} ${label} at ${iso(o.time)} (first at ${iso(o.first ?? o.time)}), needed ${legacyWindowText(form.window)}${within}`
    }
    default: {
      form satisfies never
      return ''
    }
  }
}

interface Place {
  node: SegmentNode
  entity: string
}

/** Every node of the segment by id, with the entity type it talks about (related groups talk about their target). */
function placesOf(segment: Segment, index: CatalogIndex): Map<string, Place> {
  const places = new Map<string, Place>()
  const walk = (node: SegmentNode, entity: string) => {
    places.set(node.id, { node, entity })
    if (node.kind === 'group') for (const child of node.children) walk(child, entity)
    if (node.kind === 'related') walk(node.root, index.relation(entity, node.relation)?.target ?? entity)
  }
  walk(segment.root, segment.entity)
  return places
}

function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined
}

function reasonOf(e: Explanation, place: Place | undefined, ctx: ExplainCtx): string {
  const { w, x } = ctx
  if (e.skipped) return x.skipped
  if (!place) return e.reason
  const node = place.node
  switch (node.kind) {
    case 'group': {
      const active = (e.children ?? []).filter((c) => !c.skipped)
      const negated = Boolean(node.negated)
      return active.length === 0
        ? x.emptyGroup({ combinator: node.combinator, negated })
        : x.group({
            held: active.filter((c) => c.matched).length,
            total: active.length,
            needed: requiredMatches(node, active.length),
            combinator: node.combinator,
            negated,
          })
    }
    case 'opaque':
      return e.reason
    case 'property': {
      const def: PropertyDef | undefined = w.index.property(place.entity, node.property)
      const at = node.at ? dateValue(node.at, w) : undefined
      return x.property({
        label: def?.label ?? node.property,
        at: at ? w.m.at(at.text, at.kind) : undefined,
        value: formatDataValue(e.actual, def, w, x.missing),
        predicate: predicateText(node, def, w, at !== undefined, place.entity),
        past: at !== undefined,
      })
    }
    case 'event': {
      const n = node
      const event = eventName(n.event, w)
      const byTime = n.form.type === 'first_time' || n.form.type === 'last_time'
      const pair = Array.isArray(e.actual) ? e.actual.filter((t): t is number => typeof t === 'number') : undefined
      const outcome: EventOutcome = byTime
        ? { matched: e.matched, time: asNumber(e.actual) }
        : pair?.length === 2
          ? { matched: e.matched, first: pair[0], time: pair[1] }
          : { matched: e.matched, value: asNumber(e.actual) }
      return eventText(event, n.form, outcome, eventIdsOf(n.event, w.index, place.entity), ctx)
    }
    case 'sequence': {
      const times = Array.isArray(e.actual) ? e.actual.filter((t): t is number => typeof t === 'number') : undefined
      return x.sequence(e.matched && times ? times.map((t) => formatInstant(t, w).text) : undefined)
    }
    case 'list':
      return x.list(w.index.list(node.list)?.label ?? node.list, e.actual === true)
    case 'tag':
      return x.tag(w.index.tag(node.tag)?.label ?? node.tag, e.actual === true)
    case 'segment':
      return x.segmentRef(w.index.segment(node.segment)?.label ?? node.segment, e.matched === (node.operator === 'in'))
    case 'related': {
      const relation = w.index.relation(place.entity, node.relation)
      const target = relation ? w.index.entity(relation.target) : undefined
      const singular = target?.label ?? relation?.target ?? node.relation
      const m = node.match
      const need: RelatedNeed =
        m.type === 'count'
          ? {
              count: w.m.comparison(
                comparisonWording(m.comparison, m.value, m.value2, (n) => formatNumber(n, undefined, w)),
              ),
            }
          : m.type
      return x.related({ matching: asNumber(e.actual) ?? 0, singular, plural: target?.pluralLabel ?? singular, need })
    }
    default: {
      node satisfies never
      return e.reason
    }
  }
}

/**
 * An evaluator explanation with every reason worded anew through the messages
 * and locale: the same tree, the same truths and values. Reasons of nodes the
 * segment does not hold are kept as they are.
 */
export function formatExplanation(
  explanation: Explanation,
  segment: Segment,
  catalog: Catalog,
  options: ExplainTextOptions = {},
): Explanation {
  const made = makeCtx(catalog, options)
  // Calendar phrases name the time zone they were read in: "yesterday (Europe/Berlin)".
  const ctx = { ...made, w: { ...made.w, timeZone: options.timeZone ?? segment.timeZone } }
  const places = placesOf(segment, ctx.w.index)
  const word = (e: Explanation, relatedLabel?: string): Explanation => {
    const place = places.get(e.nodeId)
    let reason = reasonOf(e, place, ctx)
    if (relatedLabel !== undefined) {
      // The evaluator prefixes each related entity's reason with "<relation label> <id>: ".
      const prefix = `${relatedLabel} `
      const id = e.reason.startsWith(prefix) ? e.reason.slice(prefix.length).split(': ')[0] : undefined
      reason = ctx.x.relatedEntity({ label: relatedLabel, id, reason })
    }
    const related =
      place?.node.kind === 'related'
        ? (ctx.w.index.relation(place.entity, place.node.relation)?.label ?? place.node.relation)
        : undefined
    const out: Explanation = { ...e, reason }
    if (e.children) out.children = e.children.map((c) => word(c, related))
    return out
  }
  return word(explanation)
}
