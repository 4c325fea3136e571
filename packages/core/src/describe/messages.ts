/**
 * The words of plain-language descriptions. Replace any of them (or all, for
 * another language) through `describeSegment(segment, catalog, { messages })`.
 */
import type { Measure } from '../model/conditions.ts'
import type { Comparison, Operator } from '../model/operators.ts'
import type { TimeUnit } from '../model/time.ts'

export interface DescribeMessages {
  /** "Users who {conditions}". */
  segment: (entityPlural: string, body: string) => string
  everyone: (entityPlural: string) => string
  and: string
  or: string
  not: (inner: string) => string
  unknownCondition: string
  /** "whose Plan is Pro" — `at` is an already worded past time or undefined. */
  property: (label: string, predicate: string, at: string | undefined) => string
  /** The predicate words of an operator with its worded value. */
  operator: (operator: Operator, value: string, ignoreCase: boolean) => string
  duration: (amount: number, unit: TimeUnit) => string
  ago: (duration: string) => string
  fromNow: (duration: string) => string
  at: (when: string) => string
  window: {
    ever: string
    last: (duration: string) => string
    before: (duration: string) => string
    relativeRange: (start: string, end: string) => string
    between: (from: string, to: string) => string
  }
  /** "performed Purchased" plus " where amount > 10" and a window. */
  performed: (event: string, filters: string, window: string) => string
  notPerformed: (event: string, filters: string, window: string) => string
  measure: (measure: string, event: string, filters: string, comparison: string, window: string) => string
  measureName: (fn: Measure['fn'], property: string | undefined) => string
  comparison: (comparison: Comparison, value: string, value2: string | undefined, isCount: boolean) => string
  firstTime: (event: string, filters: string, window: string) => string
  lastTime: (event: string, filters: string, window: string) => string
  stopped: (event: string, filters: string, recent: string, baseline: string) => string
  restarted: (event: string, filters: string, recent: string, inactive: string) => string
  regularly: (event: string, filters: string, minPeriods: number, periods: number, period: string) => string
  filters: (parts: string[]) => string
  filter: (label: string, predicate: string) => string
  sequence: (steps: string[], window: string, within: string | undefined) => string
  step: (event: string, filters: string, negated: boolean, maxGap: string | undefined, first: boolean) => string
  list: (label: string, member: boolean) => string
  tag: (label: string, has: boolean) => string
  segmentRef: (label: string, member: boolean) => string
  related: (relation: string, match: string, body: string) => string
  relatedMatch: (type: 'any' | 'all' | 'none' | 'count', count: string | undefined) => string
  asOf: (when: string) => string
  listJoin: (values: string[], conjunction: 'and' | 'or') => string
}

const UNIT_WORDS: Record<TimeUnit, [string, string]> = {
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
}

const OPERATOR_WORDS: Record<Operator, (v: string) => string> = {
  eq: (v) => `is ${v}`,
  neq: (v) => `is not ${v}`,
  lt: (v) => `is less than ${v}`,
  lte: (v) => `is at most ${v}`,
  gt: (v) => `is more than ${v}`,
  gte: (v) => `is at least ${v}`,
  between: (v) => `is between ${v}`,
  not_between: (v) => `is not between ${v}`,
  in: (v) => `is ${v}`,
  not_in: (v) => `is not ${v}`,
  contains: (v) => `contains ${v}`,
  not_contains: (v) => `does not contain ${v}`,
  starts_with: (v) => `starts with ${v}`,
  ends_with: (v) => `ends with ${v}`,
  is_true: () => 'is true',
  is_false: () => 'is false',
  before: (v) => `is before ${v}`,
  after: (v) => `is after ${v}`,
  within_last: (v) => `is within the last ${v}`,
  not_within_last: (v) => `is not within the last ${v}`,
  within_next: (v) => `is within the next ${v}`,
  has_any: (v) => `includes any of ${v}`,
  has_all: (v) => `includes all of ${v}`,
  has_none: (v) => `includes none of ${v}`,
  is_set: () => 'is set',
  is_not_set: () => 'is not set',
}

const COMPARISON_WORDS: Record<Comparison, string> = {
  eq: 'exactly',
  neq: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'fewer than',
  lte: 'at most',
  between: 'between',
}

/** English, the default. */
export const englishDescribeMessages: DescribeMessages = {
  segment: (plural, body) => `${plural} ${body}`,
  everyone: (plural) => `All ${plural.toLowerCase()}`,
  and: 'and',
  or: 'or',
  not: (inner) => `excluding those ${inner}`,
  unknownCondition: 'who match an unknown condition',
  property: (label, predicate, at) => `whose ${label}${at ? ` ${at}` : ''} ${predicate}`,
  operator: (operator, value, ignoreCase) =>
    `${OPERATOR_WORDS[operator](value)}${ignoreCase ? ' (ignoring case)' : ''}`,
  duration: (amount, unit) => `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`,
  ago: (d) => `${d} ago`,
  fromNow: (d) => `${d} from now`,
  at: (when) => when,
  window: {
    ever: 'ever',
    last: (d) => `in the last ${d}`,
    before: (d) => `more than ${d} ago`,
    relativeRange: (start, end) => `between ${start} and ${end} ago`,
    between: (from, to) => `from ${from} to ${to}`,
  },
  performed: (event, filters, window) => `who performed ${event}${filters} ${window}`,
  notPerformed: (event, filters, window) => `who did not perform ${event}${filters} ${window}`,
  measure: (measure, event, filters, comparison, window) =>
    measure === 'count'
      ? `who performed ${event}${filters} ${comparison} ${window}`
      : `whose ${measure} of ${event}${filters} is ${comparison} ${window}`,
  measureName: (fn, property) => {
    switch (fn) {
      case 'count':
        return 'count'
      case 'sum':
        return `total ${property}`
      case 'avg':
        return `average ${property}`
      case 'min':
        return `minimum ${property}`
      case 'max':
        return `maximum ${property}`
      case 'distinct':
        return `number of distinct ${property}`
      case 'active_days':
        return 'number of active days'
      default: {
        fn satisfies never
        return String(fn)
      }
    }
  },
  comparison: (comparison, value, value2, isCount) => {
    const times = isCount ? (value === '1' && comparison !== 'between' ? ' time' : ' times') : ''
    return comparison === 'between'
      ? `between ${value} and ${value2 ?? '?'}${times}`
      : `${COMPARISON_WORDS[comparison]} ${value}${times}`
  },
  firstTime: (event, filters, window) => `who performed ${event}${filters} for the first time ${window}`,
  lastTime: (event, filters, window) => `who last performed ${event}${filters} ${window}`,
  stopped: (event, filters, recent, baseline) =>
    `who stopped performing ${event}${filters}: not in the last ${recent}, but in the ${baseline} before`,
  restarted: (event, filters, recent, inactive) =>
    `who performed ${event}${filters} again in the last ${recent} after ${inactive} without it`,
  regularly: (event, filters, min, periods, period) =>
    `who performed ${event}${filters} in at least ${min} of the last ${periods} periods of ${period}`,
  filters: (parts) => (parts.length === 0 ? '' : ` where ${parts.join(' and ')}`),
  filter: (label, predicate) => `${label} ${predicate}`,
  sequence: (steps, window, within) =>
    `who did ${steps.join(', then ')}${within ? `, all within ${within}` : ''}, ${window}`,
  step: (event, filters, negated, maxGap, first) =>
    `${negated ? 'did not do ' : ''}${event}${filters}${maxGap && !first ? ` within ${maxGap}` : ''}`,
  list: (label, member) => `who ${member ? 'are' : 'are not'} in the list ${label}`,
  tag: (label, has) => `who ${has ? 'are' : 'are not'} tagged ${label}`,
  segmentRef: (label, member) => `who ${member ? 'are' : 'are not'} in the segment ${label}`,
  related: (relation, match, body) => `who ${match} ${relation} ${body}`,
  relatedMatch: (kind, count) => {
    switch (kind) {
      case 'any':
        return 'have an'
      case 'all':
        return 'have only'
      case 'none':
        return 'have no'
      case 'count':
        return `have ${count ?? ''}`
      default: {
        kind satisfies never
        return ''
      }
    }
  },
  asOf: (when) => ` (as of ${when})`,
  listJoin: (values, conjunction) =>
    values.length <= 1
      ? (values[0] ?? '')
      : `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`,
}
