/**
 * fast-check arbitraries: valid random segments for a catalog, and small random
 * datasets that hit their boundaries. They feed the round-trip property tests
 * and the evaluator-versus-SQL differential tests.
 */
import fc from 'fast-check'
import { eventEntity, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog, EventDef, PropertyDef } from '../catalog/schema.ts'
import type { DataValue, EntityRecord, EventRecord, SegmentData } from '../data/types.ts'
import type { EventForm, Measure, RelatedMatch, SequenceStep } from '../model/conditions.ts'
import { commonEventProperties, type EventRef, eventIdsOf } from '../model/event-ref.ts'
import {
  type Comparison,
  comparableAs,
  OPERATORS_BY_TYPE,
  PROPERTY_REFERENCE_OPERATORS,
  valueShape,
} from '../model/operators.ts'
import type { EventFilter, PredicateValue, PropertyReference } from '../model/predicate.ts'
import { isStepReference } from '../model/property-reference.ts'
import { type ConditionKind, type Group, SEGMENT_VERSION, type Segment, type SegmentNode } from '../model/segment.ts'
import {
  CALENDAR_UNITS,
  type DateValue,
  type Duration,
  type TimeUnit,
  type Weekday,
  type Window,
} from '../model/time.ts'
import { withStepReferences } from './arbitrary-step-references.ts'
import { DAY_MS } from './fixture-time.ts'
import {
  DURATION_POOL,
  INSTANT_OFFSETS_HOURS,
  instantBefore,
  NUMBER_POOL,
  STRING_POOL,
  TIME_ZONE_AS_OF_HOURS,
  TIME_ZONE_POOL,
} from './value-pools.ts'

/** Options of the segment arbitrary: entity type, depth and which condition kinds to generate. */
export interface SegmentArbitraryOptions {
  /** Entity type of the segment. Default `user`. */
  entity?: string
  /** Deepest nesting of groups below the root. Default 2. */
  maxDepth?: number
  /** Most children per group. Default 4. */
  maxChildren?: number
  /** Condition kinds to use. Default: all. */
  kinds?: readonly ConditionKind[]
  /** Give some segments their own `asOf` (an instant up to 40 days before the fixtures' now). Default true. */
  withAsOf?: boolean
  /**
   * Let conditions and steps count sets of events (`anyOf`, `any`). Default true; false for a mapping
   * that cannot read a set as one (events in tables of their own, or typed columns per event).
   */
  eventSets?: boolean
}

/**
 * `arb`'s value one time in `oneIn`, else undefined; shrinks towards undefined.
 * (fc.option's `freq` is the other way round: 1/freq is the chance of *no* value.)
 */
function rarely<T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> {
  return fc.tuple(fc.integer({ min: 0, max: oneIn - 1 }), arb).map(([n, v]) => (n === oneIn - 1 ? v : undefined))
}

const durationArb: fc.Arbitrary<Duration> = fc.constantFrom(...DURATION_POOL)
const hoursArb = fc.constantFrom(...INSTANT_OFFSETS_HOURS)
const isoArb = hoursArb.map((h) => new Date(instantBefore(h)).toISOString())
/**
 * Instants at or before the fixtures' now: a segment's own `asOf`. Among them, instants next to local
 * midnights (Berlin, Kolkata) and to daylight-saving changes (New York on Nov 1, Berlin on Oct 25).
 */
const pastIsoArb = fc
  .constantFrom(...INSTANT_OFFSETS_HOURS.filter((h) => h >= 0), 5, 36, 100, ...TIME_ZONE_AS_OF_HOURS)
  .map((h) => new Date(instantBefore(h)).toISOString())

const timeZoneArb: fc.Arbitrary<string | undefined> = rarely(fc.constantFrom(...TIME_ZONE_POOL), 3)
const weekStartArb: fc.Arbitrary<Weekday | undefined> = rarely(fc.constantFrom<Weekday>('sunday', 'saturday'), 4)

const calendarWindowArb: fc.Arbitrary<Window> = fc
  .record({ unit: fc.constantFrom(...CALENDAR_UNITS), complete: fc.nat(3), current: fc.boolean() })
  .filter((w) => w.complete > 0 || w.current)
  .map<Window>((w) => ({ type: 'calendar', ...w }))

const windowArb: fc.Arbitrary<Window> = fc.oneof(
  fc.constant<Window>({ type: 'ever' }),
  durationArb.map<Window>((duration) => ({ type: 'last', duration })),
  durationArb.map<Window>((duration) => ({ type: 'before', duration })),
  fc
    .tuple(fc.nat(6), fc.nat(6))
    .filter(([a, b]) => a !== b)
    .map<Window>(([a, b]) => ({
      type: 'relative_range',
      start: DURATION_POOL[Math.max(a, b)]!,
      end: DURATION_POOL[Math.min(a, b)]!,
    }))
    .filter((w) => w.type !== 'relative_range' || durationMsOf(w.start) > durationMsOf(w.end)),
  fc
    .tuple(hoursArb, hoursArb)
    .filter(([a, b]) => a !== b)
    .map<Window>(([a, b]) => ({
      type: 'between',
      from: new Date(instantBefore(Math.max(a, b))).toISOString(),
      to: new Date(instantBefore(Math.min(a, b))).toISOString(),
    })),
  calendarWindowArb,
)

function durationMsOf(d: Duration): number {
  const unit = {
    minute: 60_000,
    hour: 3_600_000,
    day: DAY_MS,
    week: 7 * DAY_MS,
    month: 30 * DAY_MS,
    year: 365 * DAY_MS,
  }[d.unit]
  return d.amount * unit
}

const dateValueArb: fc.Arbitrary<DateValue> = fc.oneof(
  isoArb.map<DateValue>((value) => ({ type: 'absolute', value })),
  durationArb.map<DateValue>((duration) => ({ type: 'ago', duration })),
  durationArb.map<DateValue>((duration) => ({ type: 'from_now', duration })),
)

function scalarArb(def: PropertyDef): fc.Arbitrary<string | number> {
  if (def.type === 'number') return fc.constantFrom(...NUMBER_POOL)
  if (def.type === 'enum' && def.options?.length) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...def.options.map((o) => o.value)) },
      { weight: 1, arbitrary: fc.constantFrom(...STRING_POOL) },
    )
  }
  return fc.constantFrom(...STRING_POOL)
}

/** A predicate (operator and value) valid for the property. */
export function predicateArb(
  def: PropertyDef,
): fc.Arbitrary<{ operator: EventFilter['operator']; value?: PredicateValue; ignoreCase?: boolean }> {
  const caseable = def.type === 'string' || def.type === 'enum' || def.type === 'string[]'
  return fc.constantFrom(...OPERATORS_BY_TYPE[def.type]).chain((operator) => {
    const shape = valueShape(operator, def.type)
    const ignoreCase = caseable ? fc.option(fc.boolean(), { nil: undefined }) : fc.constant(undefined)
    const value: fc.Arbitrary<PredicateValue | undefined> = (() => {
      switch (shape) {
        case 'none':
          return fc.constant(undefined)
        case 'scalar':
          return scalarArb(def)
        case 'list':
          return def.type === 'number'
            ? fc.uniqueArray(fc.constantFrom(...NUMBER_POOL), { minLength: 1, maxLength: 3 })
            : fc.uniqueArray(scalarArb(def).map(String), { minLength: 1, maxLength: 3 })
        case 'range':
          return fc
            .tuple(fc.constantFrom(...NUMBER_POOL), fc.constantFrom(...NUMBER_POOL))
            .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number])
        case 'date':
          return dateValueArb
        case 'date_range':
          return fc
            .tuple(hoursArb, hoursArb)
            .filter(([a, b]) => a !== b)
            .map(
              ([a, b]) =>
                [
                  { type: 'absolute', value: new Date(instantBefore(Math.max(a, b))).toISOString() },
                  { type: 'absolute', value: new Date(instantBefore(Math.min(a, b))).toISOString() },
                ] as [DateValue, DateValue],
            )
        case 'duration':
          return durationArb
        default: {
          shape satisfies never
          throw new Error('unknown value shape')
        }
      }
    })()
    return fc.record({ value, ignoreCase }).map(({ value: v, ignoreCase: ic }) => ({
      operator,
      ...(v === undefined ? {} : { value: v }),
      ...(ic === undefined ? {} : { ignoreCase: ic }),
    }))
  })
}

/**
 * A comparison with another property of the same entity (a `PropertyReference`) valid for `def`:
 * a compatible property among `props` (itself included), an operator of `PROPERTY_REFERENCE_OPERATORS`
 * and, for datetimes, sometimes a signed offset; undefined when no property compares with `def`.
 */
export function referenceArb(
  def: PropertyDef,
  props: readonly PropertyDef[],
): fc.Arbitrary<{ operator: EventFilter['operator']; value: PropertyReference; ignoreCase?: boolean }> | undefined {
  const kind = comparableAs(def.type)
  const others = props.filter((p) => kind !== 'none' && comparableAs(p.type) === kind)
  const operators = PROPERTY_REFERENCE_OPERATORS[def.type]
  if (others.length === 0 || operators.length === 0) return undefined
  const offset =
    def.type === 'datetime'
      ? fc.option(
          fc.record({
            amount: fc.integer({ min: -48, max: 48 }),
            unit: fc.constantFrom<TimeUnit>('hour', 'day', 'week'),
          }),
          { nil: undefined },
        )
      : fc.constant(undefined)
  const ignoreCase = kind === 'text' ? fc.option(fc.boolean(), { nil: undefined }) : fc.constant(undefined)
  return fc
    .record({ other: fc.constantFrom(...others), operator: fc.constantFrom(...operators), offset, ignoreCase })
    .map(({ other, operator, offset: o, ignoreCase: ic }) => ({
      operator,
      value: { type: 'property', property: other.id, ...(o === undefined ? {} : { offset: o }) },
      ...(ic === undefined ? {} : { ignoreCase: ic }),
    }))
}

const countComparison = (
  allowBetween = true,
): fc.Arbitrary<{ comparison: Comparison; value: number; value2?: number }> =>
  fc
    .tuple(
      fc.constantFrom<Comparison>(
        'eq',
        'neq',
        'gt',
        'gte',
        'lt',
        'lte',
        ...(allowBetween ? (['between'] as const) : []),
      ),
      fc.nat(4),
      fc.nat(4),
    )
    .map(([comparison, a, b]) => {
      if (comparison === 'between') return { comparison, value: Math.min(a, b), value2: Math.max(a, b) }
      // Avoid the always-true / never-true counts that validation warns about.
      const value = (comparison === 'lt' || comparison === 'gte') && a === 0 ? 1 : a
      return { comparison, value }
    })

const numberComparison: fc.Arbitrary<{ comparison: Comparison; value: number; value2?: number }> = fc
  .tuple(
    fc.constantFrom<Comparison>('eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'),
    fc.constantFrom(...NUMBER_POOL),
    fc.constantFrom(...NUMBER_POOL),
  )
  .map(([comparison, a, b]) =>
    comparison === 'between' ? { comparison, value: Math.min(a, b), value2: Math.max(a, b) } : { comparison, value: a },
  )

/** Builds segments without ids; ids are assigned afterwards so they are unique. */
export function arbitrarySegment(catalog: Catalog, options: SegmentArbitraryOptions = {}): fc.Arbitrary<Segment> {
  const index = indexCatalog(catalog)
  const rootEntity = options.entity ?? 'user'
  const maxDepth = options.maxDepth ?? 2
  const maxChildren = options.maxChildren ?? 4
  const allowed = new Set<ConditionKind>(
    options.kinds ?? ['property', 'event', 'sequence', 'list', 'tag', 'segment', 'related'],
  )

  const filtersArb = (props: readonly PropertyDef[]): fc.Arbitrary<EventFilter[]> => {
    if (props.length === 0) return fc.constant([])
    return fc.array(
      fc.constantFrom(...props).chain((def) => predicateArb(def).map((p) => ({ id: '', property: def.id, ...p }))),
      { maxLength: 2 },
    )
  }

  const measureArb = (props: readonly PropertyDef[]): fc.Arbitrary<Measure> => {
    const numbers = props.filter((p) => p.type === 'number')
    const options: fc.Arbitrary<Measure>[] = [
      fc.constant<Measure>({ fn: 'count' }),
      fc.constant<Measure>({ fn: 'active_days' }),
    ]
    if (numbers.length) {
      options.push(
        fc
          .tuple(
            fc.constantFrom('sum', 'avg', 'min', 'max') as fc.Arbitrary<'sum' | 'avg' | 'min' | 'max'>,
            fc.constantFrom(...numbers),
          )
          .map(([fn, p]) => ({ fn, property: p.id })),
      )
    }
    if (props.length) options.push(fc.constantFrom(...props).map<Measure>((p) => ({ fn: 'distinct', property: p.id })))
    return fc.oneof(...options)
  }

  /**
   * Which events a condition or step counts: mostly one event, sometimes two of the entity's
   * (`anyOf`), now and then `{ any: true }`; with the properties the filters and measures may use.
   */
  const eventRefArb = (events: readonly EventDef[]): fc.Arbitrary<{ ref: EventRef; props: PropertyDef[] }> => {
    const entity = events[0] ? eventEntity(events[0]) : rootEntity
    const of = (ref: EventRef) => ({ ref, props: commonEventProperties(index, eventIdsOf(ref, index, entity)) })
    const single = fc.constantFrom(...events).map((ev) => of(ev.id))
    if (events.length < 2 || options.eventSets === false) return single
    return fc.oneof(
      { weight: 6, arbitrary: single },
      {
        weight: 2,
        arbitrary: fc
          .uniqueArray(fc.constantFrom(...events.map((e) => e.id)), { minLength: 2, maxLength: 3 })
          .map((anyOf) => of({ anyOf })),
      },
      { weight: 1, arbitrary: fc.constant(of({ any: true })) },
    )
  }

  const formArb = (props: readonly PropertyDef[]): fc.Arbitrary<EventForm> =>
    fc.oneof(
      windowArb.map<EventForm>((window) => ({ type: 'performed', window })),
      windowArb.map<EventForm>((window) => ({ type: 'not_performed', window })),
      fc.tuple(measureArb(props), windowArb).chain(([measure, window]) => {
        const isCount = measure.fn === 'count' || measure.fn === 'distinct' || measure.fn === 'active_days'
        return (isCount ? countComparison() : numberComparison).map<EventForm>((c) => ({
          type: 'measure',
          measure,
          window,
          ...c,
        }))
      }),
      windowArb.map<EventForm>((window) => ({ type: 'first_time', window })),
      windowArb.map<EventForm>((window) => ({ type: 'last_time', window })),
      fc
        .tuple(durationArb, durationArb)
        .map<EventForm>(([baseline, recent]) => ({ type: 'stopped', baseline, recent })),
      fc
        .tuple(durationArb, durationArb)
        .map<EventForm>(([inactive, recent]) => ({ type: 'restarted', inactive, recent })),
      fc
        .tuple(
          durationArb,
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 4 }),
          fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          rarely(fc.constantFrom<TimeUnit>('day', 'week', 'month'), 3),
        )
        .map<EventForm>(([period, a, b, perPeriod, calendarUnit]) => ({
          type: 'regularly',
          period: calendarUnit === undefined ? period : { amount: 1, unit: calendarUnit },
          periods: Math.max(a, b),
          minPeriods: Math.min(a, b),
          ...(perPeriod === undefined ? {} : { minPerPeriod: perPeriod }),
          ...(calendarUnit === undefined ? {} : { calendar: true }),
        })),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), windowArb, rarely(durationArb, 2))
        .map<EventForm>(([n, window, withinOfFirst]) => ({
          type: 'nth_time',
          // n = 1 with a limit after the first is a warning: give the limit to n >= 2 only.
          n: withinOfFirst && n === 1 ? 2 : n,
          window,
          ...(withinOfFirst ? { withinOfFirst } : {}),
        })),
    )

  const conditionArb = (entity: string, depth: number): fc.Arbitrary<SegmentNode>[] => {
    const out: fc.Arbitrary<SegmentNode>[] = []
    const disabled = rarely(fc.constant(true), 8)
    const withFlags = (arb: fc.Arbitrary<SegmentNode>) =>
      fc
        .tuple(arb, disabled)
        .map(([node, off]) => (off && node.kind !== 'opaque' ? { ...node, disabled: true } : node) as SegmentNode)
    const props = index.entity(entity)?.properties ?? []
    const events = catalog.events.filter((e) => eventEntity(e) === entity)
    if (allowed.has('property') && props.length) {
      out.push(
        withFlags(
          fc
            .tuple(
              // Properties with history and computed ones twice as often: time travel is where meanings differ.
              fc.constantFrom(...props, ...props.filter((p) => p.history || p.computed)),
              rarely(
                fc.oneof(
                  isoArb.map<DateValue>((value) => ({ type: 'absolute', value })),
                  durationArb.map<DateValue>((duration) => ({ type: 'ago', duration })),
                ),
                3,
              ),
            )
            .chain(([def, at]) => {
              const reference = referenceArb(def, props)
              const plain = predicateArb(def)
              const predicate: typeof plain = reference
                ? fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: reference })
                : plain
              return predicate.map<SegmentNode>((p) => ({
                id: '',
                kind: 'property',
                property: def.id,
                ...p,
                ...(at ? { at } : {}),
              }))
            }),
        ),
      )
    }
    if (allowed.has('event') && events.length) {
      out.push(
        withFlags(
          eventRefArb(events).chain(({ ref, props }) =>
            fc
              .tuple(filtersArb(props), formArb(props))
              .map<SegmentNode>(([filters, form]) => ({ id: '', kind: 'event', event: ref, filters, form })),
          ),
        ),
      )
    }
    if (allowed.has('sequence') && events.length) {
      const stepArb = (negated: boolean): fc.Arbitrary<SequenceStep> =>
        eventRefArb(events).chain(({ ref, props }) =>
          // Few filters and gaps, so that sequences on small data still complete now and then.
          fc
            .tuple(
              fc.oneof(
                { weight: 2, arbitrary: fc.constant<EventFilter[]>([]) },
                { weight: 1, arbitrary: filtersArb(props) },
              ),
              rarely(durationArb, negated ? 2 : 3),
            )
            .map(([filters, maxGap]) => ({
              id: '',
              event: ref,
              filters,
              ...(negated ? { negated: true } : {}),
              ...(maxGap ? { maxGap } : {}),
            })),
        )
      out.push(
        withFlags(
          fc
            .tuple(
              stepArb(false),
              fc.array(
                fc.boolean().chain((neg) => stepArb(neg)),
                { minLength: 1, maxLength: 3 },
              ),
              windowArb,
              rarely(durationArb, 3),
              rarely(
                fc.record({ anchor: fc.nat(3), coins: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }) }),
                3,
              ),
            )
            // A positive first step and at least one more: two that happen, or "did X, then did not do Y";
            // now and then steps that compare with an earlier step ("then bought the same product").
            .map<SegmentNode>(([first, rest, window, within, refs]) => ({
              id: '',
              kind: 'sequence',
              steps: refs ? withStepReferences([first, ...rest], refs, index) : [first, ...rest],
              window,
              ...(within ? { within } : {}),
            })),
        ),
      )
    }
    const lists = (catalog.lists ?? []).filter((l) => l.entity === entity)
    if (allowed.has('list') && lists.length) {
      out.push(
        withFlags(
          fc
            .tuple(fc.constantFrom(...lists), fc.constantFrom('in', 'not_in') as fc.Arbitrary<'in' | 'not_in'>)
            .map<SegmentNode>(([l, operator]) => ({ id: '', kind: 'list', list: l.id, operator })),
        ),
      )
    }
    const tags = (catalog.tags ?? []).filter((t) => t.entity === entity)
    if (allowed.has('tag') && tags.length) {
      out.push(
        withFlags(
          fc
            .tuple(fc.constantFrom(...tags), fc.constantFrom('has', 'not_has') as fc.Arbitrary<'has' | 'not_has'>)
            .map<SegmentNode>(([t, operator]) => ({ id: '', kind: 'tag', tag: t.id, operator })),
        ),
      )
    }
    const segments = (catalog.segments ?? []).filter((s) => s.definition.entity === entity)
    if (allowed.has('segment') && segments.length) {
      out.push(
        withFlags(
          fc
            .tuple(fc.constantFrom(...segments), fc.constantFrom('in', 'not_in') as fc.Arbitrary<'in' | 'not_in'>)
            .map<SegmentNode>(([s, operator]) => ({ id: '', kind: 'segment', segment: s.id, operator })),
        ),
      )
    }
    const relations = index.entity(entity)?.relations ?? []
    if (allowed.has('related') && relations.length && depth < maxDepth) {
      const matchArb: fc.Arbitrary<RelatedMatch> = fc.oneof(
        fc.constant<RelatedMatch>({ type: 'any' }),
        fc.constant<RelatedMatch>({ type: 'all' }),
        fc.constant<RelatedMatch>({ type: 'none' }),
        countComparison().map<RelatedMatch>((c) => ({ type: 'count', ...c })),
      )
      out.push(
        withFlags(
          fc
            .constantFrom(...relations)
            .chain((rel) =>
              fc
                .tuple(matchArb, groupArb(rel.target, depth + 1))
                .map<SegmentNode>(([match, root]) => ({ id: '', kind: 'related', relation: rel.id, match, root })),
            ),
        ),
      )
    }
    return out
  }

  function groupArb(entity: string, depth: number): fc.Arbitrary<Group> {
    const leaves = conditionArb(entity, depth)
    const child: fc.Arbitrary<SegmentNode> =
      depth < maxDepth
        ? fc.oneof(
            { weight: 5, arbitrary: fc.oneof(...leaves) },
            { weight: 1, arbitrary: fc.constant(null).chain(() => groupArb(entity, depth + 1)) },
          )
        : fc.oneof(...leaves)
    return fc
      .record({
        combinator: fc.constantFrom('and', 'or') as fc.Arbitrary<'and' | 'or'>,
        // "At least k of these" on OR groups, k up to one more than the children (no one then).
        atLeast: rarely(fc.integer({ min: 1, max: maxChildren + 1 }), 3),
        negated: rarely(fc.constant(true), 4),
        disabled: depth > 0 ? rarely(fc.constant(true), 10) : fc.constant(undefined),
        // Now and then an empty group: validation warns, and it still has a meaning (AND: everyone, OR: no one).
        children: fc.oneof(
          { weight: 15, arbitrary: fc.array(child, { minLength: 1, maxLength: maxChildren }) },
          { weight: 1, arbitrary: fc.constant<SegmentNode[]>([]) },
        ),
      })
      .map((g) => {
        const group: Group = { id: '', kind: 'group', combinator: g.combinator, children: g.children }
        if (g.combinator === 'or' && g.atLeast !== undefined) group.atLeast = g.atLeast
        if (g.negated) group.negated = true
        if (g.disabled) group.disabled = true
        return group
      })
  }

  const asOfArb = options.withAsOf === false ? fc.constant(undefined) : rarely(pastIsoArb, 4)
  return fc
    .tuple(groupArb(rootEntity, 0), fc.nat(1000), asOfArb, timeZoneArb, weekStartArb)
    .map(([root, n, asOf, timeZone, weekStart]) =>
      assignIds({
        version: SEGMENT_VERSION,
        id: `arb-${n}`,
        name: `Random ${n}`,
        entity: rootEntity,
        ...(asOf ? { asOf } : {}),
        ...(timeZone ? { timeZone } : {}),
        ...(weekStart ? { weekStart } : {}),
        root,
      }),
    )
}

/** Gives every node, step and filter a unique id, in tree order. */
function assignIds(segment: Segment): Segment {
  let n = 0
  const next = (p: string) => `${p}${++n}`
  const filters = (fs: readonly EventFilter[]) => fs.map((f) => ({ ...f, id: next('f') }))
  const walk = (node: SegmentNode): SegmentNode => {
    switch (node.kind) {
      case 'group':
        return { ...node, id: next('g'), children: node.children.map(walk) }
      case 'related':
        return { ...node, id: next('c'), root: walk(node.root) as Group }
      case 'event':
        return { ...node, id: next('c'), filters: filters(node.filters) }
      case 'sequence': {
        const steps = node.steps.map((s) => ({ ...s, id: next('s'), filters: filters(s.filters) }))
        // Step references name their step by its place (`#2`) until the steps have ids.
        const resolve = (f: EventFilter): EventFilter =>
          isStepReference(f.value) && f.value.step.startsWith('#')
            ? { ...f, value: { ...f.value, step: steps[Number(f.value.step.slice(1))]?.id ?? f.value.step } }
            : f
        return { ...node, id: next('c'), steps: steps.map((s) => ({ ...s, filters: s.filters.map(resolve) })) }
      }
      case 'property':
      case 'list':
      case 'tag':
      case 'segment':
      case 'opaque':
        return { ...node, id: next('c') }
      default: {
        node satisfies never
        throw new Error('unknown node kind')
      }
    }
  }
  return { ...segment, root: walk(segment.root) as Group }
}

/** Options of the dataset arbitrary: how many users, accounts and events. */
export interface DatasetArbitraryOptions {
  /** Users per dataset: at least `minUsers` (default 1), at most `maxUsers` (default 12). */
  minUsers?: number
  maxUsers?: number
  /** Accounts: 1 to `maxAccounts` (default 4). */
  maxAccounts?: number
  /** Events: at least `minEvents` (default 0), at most `maxEvents` (default 60). */
  minEvents?: number
  maxEvents?: number
}

function valueArb(def: PropertyDef): fc.Arbitrary<DataValue | undefined> {
  const missing = fc.constantFrom<DataValue | undefined>(null, undefined)
  const present: fc.Arbitrary<DataValue> = (() => {
    switch (def.type) {
      case 'string':
        return fc.constantFrom(...STRING_POOL)
      case 'enum':
        return fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...(def.options ?? []).map((o) => o.value)) },
          { weight: 1, arbitrary: fc.constantFrom(...STRING_POOL) },
        )
      case 'number':
        return fc.constantFrom(...NUMBER_POOL)
      case 'boolean':
        return fc.boolean()
      case 'datetime':
        return hoursArb.map((h) => instantBefore(h))
      case 'string[]':
        return fc.uniqueArray(fc.constantFrom('sports', 'music', 'Pro', 'pro', '100%', ''), { maxLength: 3 })
      default: {
        def.type satisfies never
        throw new Error('unknown property type')
      }
    }
  })()
  return fc.oneof({ weight: 4, arbitrary: present }, { weight: 1, arbitrary: missing })
}

function propertiesArb(defs: readonly PropertyDef[]): fc.Arbitrary<Record<string, DataValue>> {
  return fc.tuple(...defs.map((d) => valueArb(d))).map((values) => {
    const out: Record<string, DataValue> = {}
    defs.forEach((d, i) => {
      const v = values[i]
      if (v !== undefined) out[d.id] = v
    })
    return out
  })
}

/** Event and membership times: whole hours over the 45 days before the fixture asOf, a few after it, ties included. */
const timeArb = fc.integer({ min: -24, max: 45 * 24 }).map((h) => instantBefore(h))
/** History times: whole days (and the grid's instants), so that equal `from`s and boundaries come up. */
const historyTimeArb = fc.oneof(
  fc.integer({ min: -1, max: 45 }).map((d) => instantBefore(d * 24)),
  hoursArb.map((h) => instantBefore(h)),
)

/** Small random datasets for the example catalog (users, accounts, events, lists, tags, history). */
export function arbitraryDataset(catalog: Catalog, options: DatasetArbitraryOptions = {}): fc.Arbitrary<SegmentData> {
  const index = indexCatalog(catalog)
  const userDefs = (index.entity('user')?.properties ?? []).filter((p) => !p.computed && p.id !== 'account_id')
  const accountDefs = (index.entity('account')?.properties ?? []).filter((p) => !p.computed)
  const maxUsers = options.maxUsers ?? 12
  const maxAccounts = options.maxAccounts ?? 4
  return fc
    .record({
      users: fc.array(fc.tuple(propertiesArb(userDefs), fc.option(fc.nat(maxAccounts), { nil: null })), {
        minLength: Math.min(options.minUsers ?? 1, maxUsers),
        maxLength: maxUsers,
        size: 'max',
      }),
      accounts: fc.array(propertiesArb(accountDefs), { minLength: 1, maxLength: maxAccounts, size: 'max' }),
    })
    .chain(({ users, accounts }) => {
      const userIds = users.map((_, i) => `u${i + 1}`)
      const accountIds = accounts.map((_, i) => `a${i + 1}`)
      const userRecords: EntityRecord[] = users.map(([props, account], i) => ({
        ...props,
        id: userIds[i]!,
        account_id: account === null ? null : `a${account + 1}`,
      }))
      const accountRecords: EntityRecord[] = accounts.map((props, i) => ({ ...props, id: accountIds[i]! }))
      const userEvents = catalog.events.filter((e) => eventEntity(e) === 'user')
      const eventArb: fc.Arbitrary<EventRecord> = fc
        .tuple(
          // Now and then a fact about an id no entity row has: it must never make a member.
          fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom(...userIds) },
            { weight: 1, arbitrary: fc.constant('u999') },
          ),
          fc.constantFrom(...userEvents),
          timeArb,
        )
        .chain(([entityId, ev, time]) =>
          propertiesArb(ev.properties).map((properties) => ({
            entity: 'user',
            entityId,
            event: ev.id,
            time,
            properties,
          })),
        )
      const membership = (ids: string[]) =>
        fc
          .record({
            entityId: fc.constantFrom(...ids),
            from: fc.option(timeArb, { nil: undefined }),
            to: fc.option(timeArb, { nil: undefined }),
          })
          .map((m) => {
            const out: { entityId: string; from?: number; to?: number } = { entityId: m.entityId }
            if (m.from !== undefined) out.from = m.from
            if (m.to !== undefined) out.to = m.to
            return out
          })
      // Mostly properties with history; a few rows for properties without it, which must be ignored.
      const historyDefs = [
        ...userDefs.filter((d) => d.history).map((d) => ({ entity: 'user', d, ids: userIds })),
        ...userDefs.filter((d) => d.history).map((d) => ({ entity: 'user', d, ids: userIds })),
        ...accountDefs.filter((d) => d.history).map((d) => ({ entity: 'account', d, ids: accountIds })),
        ...[...userDefs, ...accountDefs]
          .filter((d) => !d.history && d.type === 'string')
          .slice(0, 1)
          .map((d) => ({ entity: 'user', d, ids: userIds })),
      ]
      const historyArb = historyDefs.length
        ? fc.array(
            fc
              .constantFrom(...historyDefs)
              .chain(({ entity, d, ids }) =>
                fc
                  .tuple(fc.constantFrom(...ids), valueArb(d), historyTimeArb)
                  .map(([entityId, value, from]) => ({ entity, entityId, property: d.id, value: value ?? null, from })),
              ),
            { minLength: 2, maxLength: 20, size: 'max' },
          )
        : fc.constant([])
      const lists = catalog.lists ?? []
      const tags = catalog.tags ?? []
      return fc
        .record({
          events: fc.array(eventArb, {
            minLength: Math.min(options.minEvents ?? 0, options.maxEvents ?? 60),
            maxLength: options.maxEvents ?? 60,
            size: 'max',
          }),
          lists: lists.length
            ? fc.array(
                fc
                  .constantFrom(...lists)
                  .chain((l) =>
                    membership(l.entity === 'user' ? userIds : accountIds).map((m) => ({ ...m, list: l.id })),
                  ),
                { maxLength: 8, size: 'max' },
              )
            : fc.constant([]),
          tags: tags.length
            ? fc.array(
                fc
                  .constantFrom(...tags)
                  .chain((t) =>
                    membership(t.entity === 'user' ? userIds : accountIds).map((m) => ({ ...m, tag: t.id })),
                  ),
                { maxLength: 8, size: 'max' },
              )
            : fc.constant([]),
          history: historyArb,
        })
        .map((rest) => ({ entities: { user: userRecords, account: accountRecords }, ...rest }))
    })
}
