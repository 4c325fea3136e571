/**
 * The words of plain-language descriptions. Replace any of them (or all, for
 * another language: see `deDescribeMessages`) through
 * `describeSegment(segment, catalog, { messages })`; `messages` is a deep
 * partial, so `{ window: { ever: 'jemals' } }` is enough to change one phrase.
 *
 * Every function gets already worded parts (labels, values, durations, windows)
 * and returns a phrase; none of them formats numbers or dates itself.
 */
import type { Measure } from '../model/conditions.ts'
import type { Comparison, Operator } from '../model/operators.ts'
import type { CalendarUnit, TimeUnit } from '../model/time.ts'

/** What a property predicate's wording may depend on besides the operator and value. */
export interface PredicateWording {
  /** The value is compared ignoring case. */
  ignoreCase: boolean
  /** The value is read at a past time (`at`): the verb goes in the past tense. */
  past: boolean
  /** The operator also matches entities without a value (a negative operator: `neq`, `not_in`, …). */
  matchesMissing: boolean
  /** The value is another property (`otherProperty`): a missing value on either side counts as missing. */
  reference?: boolean | undefined
}

/** A comparison of a number with a threshold, worded: "at least 3", "between 1 and 5". */
export interface ComparisonWording {
  comparison: Comparison
  /** The threshold, formatted. */
  value: string
  /** The upper bound of `between`, formatted. */
  value2: string | undefined
  /** The threshold as a number, for plural rules. */
  amount: number
}

/** The related-entity words: the relation's label and the target entity's singular and plural labels. */
export interface RelatedWording {
  /** The relation's label ("Account", "Users"). */
  relation: string
  /** The related entity type's label ("Account", "User"). */
  singular: string
  /** The related entity type's plural label ("Accounts", "Users"). */
  plural: string
  /** `many_to_one`: each entity has at most one related entity ("belongs to an Account"). */
  toOne: boolean
  /** The conditions on the related entity, worded as a clause ("whose Plan is Pro"), or undefined for none. */
  body: string | undefined
}

/** Every word of a segment description; `englishDescribeMessages` is the default, `deDescribeMessages` the German set. */
export interface DescribeMessages {
  /** The whole description: "Users {body}". */
  segment: (entityPlural: string, body: string) => string
  /** A segment that selects every entity (e.g. an empty AND root): "All users". */
  everyone: (entityPlural: string) => string
  /** A segment that selects no entity (e.g. an empty OR root): "No users". */
  nobody: (entityPlural: string) => string
  /** Joins the parts of an AND group. */
  and: (parts: readonly string[]) => string
  /** Joins the parts of an OR group. */
  or: (parts: readonly string[]) => string
  /** "At least 2 of (…; …; …)": `parts` are three or more clauses, each to be read on its own. */
  atLeast: (count: number, parts: readonly string[]) => string
  /** Brackets a nested group of two or more parts, so that its scope is visible: "(… or …)". */
  group: (inner: string) => string
  /** A negated part: "excluding those {inner}"; `inner` is bracketed when it has several parts. */
  not: (inner: string) => string
  /** A node this library cannot read. */
  unknownCondition: string
  /** Stands in for what a half-made condition does not have yet: a property, event, list… not chosen, a value not given ("whose Age is …"). */
  notGiven: string
  /** "whose Plan is Pro"; `at` is a worded past time ("7 days ago", "on Jan 1, 2026") or undefined. */
  property: (label: string, predicate: string, at: string | undefined) => string
  /** The predicate words of an operator with its worded value ("is more than 5", "was Pro"). */
  operator: (operator: Operator, value: string, wording: PredicateWording) => string
  /** The words of a boolean value. */
  boolean: (value: boolean) => string
  /** A string value, quoted: “Berlin”. */
  quote: (value: string) => string
  /** "3 days". */
  duration: (amount: number, unit: TimeUnit) => string
  /** A time relative to the evaluation instant. */
  ago: (duration: string) => string
  fromNow: (duration: string) => string
  /** An absolute instant: a day ("Jan 1, 2026") or a day and time ("Jan 1, 2026, 9:30 AM UTC"). */
  instant: (formatted: string, hasTime: boolean) => string
  /** When a property's past value is read: `when` is an `ago`/`fromNow`/`instant` phrase. */
  at: (when: string, kind: 'day' | 'time' | 'relative') => string
  /** The event windows. `between` is half-open: the end is not included. */
  window: {
    ever: string
    last: (duration: string) => string
    before: (duration: string) => string
    relativeRange: (start: string, end: string) => string
    between: (from: string, to: string) => string
    /**
     * A calendar window: "today", "yesterday", "this month", "last week", "in the last 3 complete
     * months", "this month or the 3 complete months before".
     */
    calendar: (unit: CalendarUnit, complete: number, current: boolean) => string
  }
  /** A calendar phrase with the time zone it is read in: "yesterday (Europe/Berlin)". */
  inTimeZone: (text: string, timeZone: string) => string
  /** A date range value of `between` / `not_between` on a datetime property (half-open). */
  dateRange: (from: string, to: string) => string
  /** A number range value of `between` (both ends included). */
  numberRange: (min: string, max: string) => string
  /**
   * The value "another property of the same entity": its label, and for datetimes a worded offset
   * (`later`: added, else subtracted) — "Signed up at plus 7 days".
   */
  otherProperty: (label: string, offset: { duration: string; later: boolean } | undefined) => string
  /** The value is an earlier sequence step's property (`StepReference`): "the same Product as in step 1 (“Viewed Product”)". */
  earlierStep: (property: string, step: number, event: string) => string
  /** `performed`: at least one matching event in the window. */
  performed: (event: string, filters: string, window: string) => string
  /** `not_performed`: no matching event in the window. */
  notPerformed: (event: string, filters: string, window: string) => string
  /** `measure` with `count`: "who had at least 3 “Purchased” events in the last 30 days". */
  count: (comparison: ComparisonWording, event: string, filters: string, window: string) => string
  /** `measure` with `active_days`: distinct UTC days with a matching event. */
  activeDays: (comparison: ComparisonWording, event: string, filters: string, window: string) => string
  /** The other measures: "whose total Amount of “Purchased” events in the last 30 days is more than $800". */
  measure: (measure: string, event: string, filters: string, window: string, comparison: string) => string
  /** The name of a measure over an event property ("total Amount"). */
  measureName: (fn: Exclude<Measure['fn'], 'count' | 'active_days'>, property: string) => string
  /** A comparison with a threshold: "at least 3", "other than 2", "between 1 and 5". */
  comparison: (comparison: ComparisonWording) => string
  firstTime: (event: string, filters: string, window: string) => string
  lastTime: (event: string, filters: string, window: string) => string
  stopped: (event: string, filters: string, recent: string, baseline: string) => string
  restarted: (event: string, filters: string, recent: string, inactive: string) => string
  /** `perPeriod`: events each of those periods needs (1: at least one). */
  regularly: (
    event: string,
    filters: string,
    minPeriods: number,
    periods: number,
    period: string,
    perPeriod: number,
  ) => string
  /** `regularly` over calendar periods (the current one included). */
  regularlyCalendar: (
    event: string,
    filters: string,
    minPeriods: number,
    periods: number,
    unit: CalendarUnit,
    perPeriod: number,
  ) => string
  /** The filters of an event or a step ("" for none). */
  filters: (parts: readonly string[]) => string
  filter: (label: string, predicate: string) => string
  /** The event's name in a sentence: “Purchased”. */
  event: (label: string) => string
  /** Stands for every event of the catalog (`{ any: true }`) where an event's name goes: "at least 3 tracked events". */
  anyEvent: string
  /** `nth_time`: "whose 2nd “Purchased” event ever was in the last 30 days, at most 30 days after the first". */
  nthTime: (n: number, event: string, filters: string, window: string, withinOfFirst: string | undefined) => string
  /** A whole sequence; `window` and `within` are undefined when they do not limit it. */
  sequence: (steps: readonly string[], window: string | undefined, within: string | undefined) => string
  /**
   * One step; `maxGap` is the longest time after the previous positive step; `any`: the step is any
   * event (`{ any: true }`), which reads as a noun of its own ("any event", "no event").
   */
  step: (
    event: string,
    filters: string,
    step: { negated: boolean; maxGap: string | undefined; first: boolean; last: boolean; any?: boolean | undefined },
  ) => string
  list: (label: string, member: boolean) => string
  tag: (label: string, has: boolean) => string
  segmentRef: (label: string, member: boolean) => string
  /** A related condition: how many related entities must match `body`. */
  related: (match: 'any' | 'all' | 'none' | { count: ComparisonWording }, related: RelatedWording) => string
  /** Appended when the segment carries its own evaluation instant. */
  asOf: (when: string) => string
  /** "Pro, Free or Starter". */
  listJoin: (values: readonly string[], conjunction: 'and' | 'or') => string
}

const UNIT_WORDS: Readonly<Record<TimeUnit, readonly [string, string]>> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
}

/** Present and past tense of each operator's words. */
const OPERATOR_WORDS: Readonly<Record<Operator, (v: string) => readonly [string, string]>> = {
  eq: (v) => [`is ${v}`, `was ${v}`],
  neq: (v) => [`is not ${v}`, `was not ${v}`],
  lt: (v) => [`is less than ${v}`, `was less than ${v}`],
  lte: (v) => [`is at most ${v}`, `was at most ${v}`],
  gt: (v) => [`is more than ${v}`, `was more than ${v}`],
  gte: (v) => [`is at least ${v}`, `was at least ${v}`],
  between: (v) => [`is ${v}`, `was ${v}`],
  not_between: (v) => [`is not ${v}`, `was not ${v}`],
  in: (v) => [`is one of ${v}`, `was one of ${v}`],
  not_in: (v) => [`is not one of ${v}`, `was not one of ${v}`],
  contains: (v) => [`contains ${v}`, `contained ${v}`],
  not_contains: (v) => [`does not contain ${v}`, `did not contain ${v}`],
  starts_with: (v) => [`starts with ${v}`, `started with ${v}`],
  ends_with: (v) => [`ends with ${v}`, `ended with ${v}`],
  is_true: () => ['is true', 'was true'],
  is_false: () => ['is false', 'was false'],
  before: (v) => [`is before ${v}`, `was before ${v}`],
  after: (v) => [`is after ${v}`, `was after ${v}`],
  within_last: (v) => [`is within the last ${v}`, `was within the ${v} before`],
  not_within_last: (v) => [`is not within the last ${v}`, `was not within the ${v} before`],
  within_next: (v) => [`is within the next ${v}`, `was within the ${v} after`],
  has_any: (v) => [`includes any of ${v}`, `included any of ${v}`],
  has_all: (v) => [`includes all of ${v}`, `included all of ${v}`],
  has_none: (v) => [`includes none of ${v}`, `included none of ${v}`],
  is_set: () => ['is set', 'was set'],
  is_not_set: () => ['is not set', 'was not set'],
}

const COMPARISON_WORDS: Readonly<Record<Exclude<Comparison, 'between'>, string>> = {
  eq: 'exactly',
  neq: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'fewer than',
  lte: 'at most',
}

const comparisonText = (c: ComparisonWording) =>
  c.comparison === 'between'
    ? `between ${c.value} and ${c.value2 ?? c.value}`
    : `${COMPARISON_WORDS[c.comparison]} ${c.value}`

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** "1 “Purchased” event", "3 “Purchased” events": plural unless the count is exactly one. */
const events = (c: ComparisonWording, event: string) =>
  `${comparisonText(c)} ${event} ${c.amount === 1 && c.comparison !== 'between' ? 'event' : 'events'}`

/** "a User", "an Account": a vowel sound by the first letters (a heuristic; replace `related` for exact words). */
const article = (word: string) => (/^(?:[aeio]|u[^aeiou]{2})/i.test(word) ? 'an' : 'a')

const joinList = (values: readonly string[], conjunction: 'and' | 'or') =>
  values.length <= 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`

/** English, the default. */
export const englishDescribeMessages: DescribeMessages = {
  segment: (plural, body) => `${plural} ${body}`,
  everyone: (plural) => `All ${plural.toLowerCase()}`,
  nobody: (plural) => `No ${plural.toLowerCase()}`,
  and: (parts) => parts.join(' and '),
  or: (parts) => parts.join(' or '),
  group: (inner) => `(${inner})`,
  atLeast: (count, parts) => `matching at least ${count} of (${parts.join('; ')})`,
  not: (inner) => `excluding those ${inner}`,
  unknownCondition: 'matching an unknown condition',
  notGiven: '…',
  property: (label, predicate, at) => `whose ${label}${at ? ` ${at}` : ''} ${predicate}`,
  operator: (operator, value, w) => {
    const [present, past] = OPERATOR_WORDS[operator](value)
    const words = w.past ? past : present
    const ignoring = w.ignoreCase ? ' (ignoring case)' : ''
    const either = w.reference ? ' either' : ''
    const missing = w.matchesMissing ? (w.past ? ` (or${either} was not set)` : ` (or${either} is not set)`) : ''
    return `${words}${ignoring}${missing}`
  },
  boolean: (value) => (value ? 'true' : 'false'),
  quote: (value) => `“${value}”`,
  duration: (amount, unit) => `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`,
  ago: (d) => `${d} ago`,
  fromNow: (d) => `${d} from now`,
  instant: (formatted, hasTime) => (hasTime ? `${formatted} UTC` : formatted),
  at: (when, kind) => (kind === 'day' ? `on ${when}` : kind === 'time' ? `at ${when}` : when),
  window: {
    ever: 'at any time',
    last: (d) => `in the last ${d}`,
    before: (d) => `more than ${d} ago`,
    relativeRange: (start, end) => `between ${start} and ${end} ago`,
    between: (from, to) => `on or after ${from} and before ${to}`,
    calendar: (unit, complete, current) => {
      const units = (n: number) => (n === 1 ? unit : `${n} complete ${unit}s`)
      const present = unit === 'day' ? 'today' : `this ${unit}`
      const previous = unit === 'day' ? 'yesterday' : `last ${unit}`
      if (complete === 0) return present
      if (!current) return complete === 1 ? previous : `in the last ${units(complete)}`
      return complete === 1 ? `${present} or ${previous}` : `${present} or in the ${units(complete)} before`
    },
  },
  inTimeZone: (text, timeZone) => `${text} (${timeZone})`,
  dateRange: (from, to) => `on or after ${from} and before ${to}`,
  numberRange: (min, max) => `between ${min} and ${max} (inclusive)`,
  otherProperty: (label, offset) => (offset ? `${label} ${offset.later ? 'plus' : 'minus'} ${offset.duration}` : label),
  earlierStep: (property, step, event) => `the same ${property} as in step ${step} (${event})`,
  performed: (event, filters, window) => `who had at least one ${event} event${filters} ${window}`,
  notPerformed: (event, filters, window) => `who had no ${event} event${filters} ${window}`,
  count: (c, event, filters, window) =>
    c.comparison === 'neq'
      ? `who did not have exactly ${c.value} ${event} ${c.amount === 1 ? 'event' : 'events'}${filters} ${window}`
      : `who had ${events(c, event)}${filters} ${window}`,
  activeDays: (c, event, filters, window) =>
    `who had ${event} events${filters} on ${comparisonText(c)} ${c.amount === 1 && c.comparison !== 'between' ? 'day' : 'different days'} (UTC) ${window}`,
  measure: (measure, event, filters, window, comparison) =>
    `whose ${measure} over ${event} events${filters} ${window} is ${comparison}`,
  measureName: (fn, property) => {
    switch (fn) {
      case 'sum':
        return `total ${property}`
      case 'avg':
        return `average ${property}`
      case 'min':
        return `lowest ${property}`
      case 'max':
        return `highest ${property}`
      case 'distinct':
        return `number of different ${property} values`
      default: {
        fn satisfies never
        return String(fn)
      }
    }
  },
  comparison: comparisonText,
  firstTime: (event, filters, window) => `whose first ${event} event${filters} was ${window}`,
  lastTime: (event, filters, window) => `whose last ${event} event${filters} was ${window}`,
  stopped: (event, filters, recent, baseline) =>
    `who had ${event} events${filters} in the ${baseline} before the last ${recent}, but none in the last ${recent}`,
  restarted: (event, filters, recent, inactive) =>
    `who had at least one ${event} event${filters} in the last ${recent} after none in the ${inactive} before, and one earlier`,
  regularly: (event, filters, min, periods, period, perPeriod) =>
    perPeriod > 1
      ? `who had at least ${perPeriod} ${event} events${filters} in each of at least ${min} of the last ${periods} periods of ${period}`
      : `who had ${event} events${filters} in at least ${min} of the last ${periods} periods of ${period}`,
  regularlyCalendar: (event, filters, min, periods, unit, perPeriod) =>
    perPeriod > 1
      ? `who had at least ${perPeriod} ${event} events${filters} in each of at least ${min} of the last ${periods} calendar ${unit}s (the current one included)`
      : `who had ${event} events${filters} in at least ${min} of the last ${periods} calendar ${unit}s (the current one included)`,
  filters: (parts) => (parts.length === 0 ? '' : ` where ${parts.join(' and ')}`),
  filter: (label, predicate) => `${label} ${predicate}`,
  event: (label) => `“${label}”`,
  anyEvent: 'tracked',
  nthTime: (n, event, filters, window, within) =>
    `whose ${ordinal(n)} ${event} event${filters} ever was ${window}${within ? `, at most ${within} after the first` : ''}`,
  sequence: (steps, window, within) =>
    `who had the events ${steps.join(', then ')}${within ? `, all within ${within}` : ''}${window ? `, each step that happened ${window}` : ''}`,
  step: (named, filters, s) => {
    const event = s.any ? (s.negated ? 'event' : 'any event') : named
    if (!s.negated) return `${event}${filters}${s.maxGap && !s.first ? ` within ${s.maxGap}` : ''}`
    // A gap counts only once it is over (docs/semantics.md, Sequences).
    const until = s.maxGap
      ? ` within ${s.maxGap} after it (that time is over)`
      : s.last
        ? ' afterwards'
        : ' before the next step'
    return `no ${event}${filters}${until}`
  },
  // Participles, not verbs: the same words fit "Users …" and "an Account …".
  list: (label, member) => `${member ? '' : 'not '}in the list ${label}`,
  tag: (label, has) => `${has ? '' : 'not '}tagged ${label}`,
  segmentRef: (label, member) => `${member ? '' : 'not '}in the segment ${label}`,
  related: (match, r) => {
    const body = r.body ? ` ${r.body}` : ''
    const one = `${article(r.singular)} ${r.singular}`
    if (match === 'any') return r.toOne ? `who have ${one}${body}` : `who have at least one ${r.singular}${body}`
    if (match === 'none')
      return r.toOne
        ? `who do not have ${one}${body}${r.body ? ` (including those without ${one})` : ''}`
        : `who have no ${r.singular}${body}`
    if (match === 'all')
      return r.toOne
        ? `who have no ${r.singular} or ${one}${body}`
        : `who have no ${r.plural} or only ${r.plural}${body}`
    const c = match.count
    return `who have ${comparisonText(c)} ${c.amount === 1 && c.comparison !== 'between' ? r.singular : r.plural}${body}`
  },
  asOf: (when) => ` (as of ${when})`,
  listJoin: joinList,
}
