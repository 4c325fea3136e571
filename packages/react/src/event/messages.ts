/**
 * Every string shown by the event row, the sequence builder, the related row and
 * the preview. Flat keys with a prefix (`event…`, `sequence…`, `related…`,
 * `preview…`) so that the builder's `messages` merges them like its own.
 */
import type { CalendarUnit, Comparison, EventFormType, Measure, RelatedMatch, Window } from '@segkit/core'

/** Strings of the event, sequence, related and preview parts. */
export interface EventMessages {
  eventPicker: string
  eventPlaceholder: string
  eventSearch: string
  eventNoResults: string
  eventUnknown: (id: string) => string
  /** The picker's first option: every event of the catalog. */
  eventAnyEvent: string
  /** Between the events of a set ("Viewed product or Added to cart"), and on the add button. */
  eventOr: string
  /** Accessible name of the i-th picker of a set (1-based). */
  eventAlternative: (label: string, position: number) => string
  eventAddAlternative: string
  eventRemoveAlternative: (position: number) => string
  /** `nth_time`: the number input's name, the words after it ("nd time"), and the limit after the first. */
  eventNthLabel: string
  eventNthSuffix: (n: number) => string
  eventNthWithin: string
  eventNthOfFirst: string
  eventNthAddWithin: string
  eventNthRemoveWithin: string
  eventForm: string
  eventForms: Readonly<Record<EventFormType, string>>
  eventFilters: string
  eventWhere: string
  eventAnd: string
  eventAddFilter: string
  eventRemoveFilter: (position: number) => string
  eventNoProperties: string
  eventMeasure: string
  eventMeasures: Readonly<Record<Measure['fn'], string>>
  eventMeasureProperty: string
  eventNoNumberProperty: string
  eventComparison: string
  eventComparisons: Readonly<Record<Comparison, string>>
  eventThreshold: string
  eventThresholdTo: string
  eventThresholdUpper: string
  eventWindow: string
  eventWindows: Readonly<Record<Window['type'], string>>
  eventWindowAgo: string
  eventWindowAnd: string
  eventWindowFrom: string
  eventWindowTo: string
  eventWindowDateInvalid: string
  eventWindowStart: string
  eventWindowEnd: string
  eventStoppedRecent: string
  eventStoppedBaseline: string
  eventStoppedBaselineSuffix: string
  eventRestartedRecent: string
  eventRestartedInactive: string
  /** After the events-per-period field of "regularly": "[2] times in at least [3] of the last…". */
  eventRegularlyTimes: string
  /** The choices of a calendar window: this period, the last N complete ones, or both. */
  eventCalendarRanges: Readonly<Record<'current' | 'complete' | 'both', string>>
  eventCalendarRangeLabel: string
  eventCalendarCountLabel: string
  eventCalendarUnitLabel: string
  /** Calendar units as the window's last word ("this month", "the last 3 complete months"). */
  eventCalendarUnits: Readonly<Record<CalendarUnit, string>>
  /** The checkbox of `regularly` that makes its periods calendar periods. */
  eventRegularlyCalendar: string
  eventRegularlyMin: string
  eventRegularlyPeriods: string
  eventRegularlyPeriod: string
  eventRecentLabel: string
  eventBaselineLabel: string
  eventInactiveLabel: string
  eventPerPeriodLabel: string
  eventMinPeriodsLabel: string
  eventPeriodsLabel: string
  eventPeriodLabel: string

  sequenceSteps: string
  sequenceStep: (position: number) => string
  sequenceThen: string
  sequenceThenNot: string
  sequenceAddStep: string
  sequenceRemoveStep: (position: number) => string
  sequenceMoveLeft: (position: number) => string
  sequenceMoveRight: (position: number) => string
  sequenceDragStep: (position: number) => string
  sequenceNegated: string
  sequenceMaxGap: string
  sequenceAddMaxGap: string
  sequenceRemoveMaxGap: string
  sequenceWindow: string
  sequenceWithin: string
  sequenceAddWithin: string
  sequenceRemoveWithin: string
  sequenceStepMoved: (from: number, to: number) => string

  relatedRelation: string
  relatedRelationPlaceholder: string
  relatedUnknownRelation: (id: string) => string
  relatedMatch: string
  relatedMatches: Readonly<Record<RelatedMatch['type'], string>>
  relatedCountComparison: string
  relatedCountValue: string
  relatedCountUpper: string
  relatedConditions: (relationLabel: string) => string
  relatedMatching: string

  previewTitle: string
  previewCount: (count: number) => string
  previewLoading: string
  previewIdle: string
  previewInvalid: string
  previewUpdating: string
  previewError: (message: string) => string
  previewRetry: string
  previewSample: string
  previewEmpty: string
  /** Where the count stands while the evaluation failed (the alert beside it says why). */
  previewUnavailable: string
  /** Under the count: how many incomplete conditions it leaves out (core's `previewSegment`). */
  previewIncomplete: (count: number) => string
}

const numberFormat = new Intl.NumberFormat('en-US')

/** English defaults for {@link EventMessages}. */
export const defaultEventMessages: EventMessages = {
  eventPicker: 'Event',
  eventPlaceholder: 'Choose an event',
  eventSearch: 'Search events',
  eventNoResults: 'No event matches',
  eventUnknown: (id) => `Unknown event "${id}"`,
  eventAnyEvent: 'Any event',
  eventOr: 'or',
  eventAlternative: (label, position) => `${label} ${position}`,
  eventAddAlternative: 'Or another event',
  eventRemoveAlternative: (position) => `Remove event ${position}`,
  eventNthLabel: 'Which time',
  eventNthSuffix: (n) => {
    const tens = n % 100
    return `${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')} time ever`
  },
  eventNthWithin: 'within',
  eventNthOfFirst: 'of the first',
  eventNthAddWithin: 'within … of the first',
  eventNthRemoveWithin: 'Remove the limit after the first',
  eventForm: 'How',
  eventForms: {
    performed: 'at least once',
    not_performed: 'not at all',
    measure: 'by a measure…',
    first_time: 'for the first time',
    last_time: 'for the last time',
    stopped: 'stopped',
    restarted: 'started again',
    regularly: 'regularly',
    nth_time: 'for the nth time',
  },
  eventFilters: 'Event filters',
  eventWhere: 'where',
  eventAnd: 'and',
  eventAddFilter: 'Add filter',
  eventRemoveFilter: (position) => `Remove filter ${position}`,
  eventNoProperties: 'This event has no properties to filter on',
  eventMeasure: 'Measure',
  eventMeasures: {
    count: 'number of times',
    sum: 'sum of',
    avg: 'average of',
    min: 'minimum of',
    max: 'maximum of',
    distinct: 'distinct values of',
    active_days: 'active days',
  },
  eventMeasureProperty: 'Event property',
  eventNoNumberProperty: 'This event has no number property',
  eventComparison: 'Comparison',
  eventComparisons: {
    eq: 'exactly',
    neq: 'not',
    gt: 'more than',
    gte: 'at least',
    lt: 'less than',
    lte: 'at most',
    between: 'between',
  },
  eventThreshold: 'Threshold',
  eventThresholdTo: 'and',
  eventThresholdUpper: 'Upper threshold',
  eventWindow: 'When',
  eventWindows: {
    ever: 'ever',
    last: 'in the last',
    before: 'more than … ago',
    relative_range: 'between … ago',
    between: 'between dates',
    calendar: 'in calendar',
  },
  eventWindowAgo: 'ago',
  eventWindowAnd: 'and',
  eventWindowFrom: 'From',
  eventWindowTo: 'Through',
  eventWindowDateInvalid: 'Enter a date',
  eventWindowStart: 'From (ago)',
  eventWindowEnd: 'Until (ago)',
  eventStoppedRecent: 'not in the last',
  eventStoppedBaseline: 'but in the',
  eventStoppedBaselineSuffix: 'before',
  eventRestartedRecent: 'in the last',
  eventRestartedInactive: 'after a break of',
  eventRegularlyTimes: 'times',
  eventCalendarRanges: { current: 'this', complete: 'the last complete', both: 'this and the last complete' },
  eventCalendarRangeLabel: 'Calendar periods',
  eventCalendarCountLabel: 'Complete periods',
  eventCalendarUnitLabel: 'Calendar unit',
  eventCalendarUnits: { day: 'day(s)', week: 'week(s)', month: 'month(s)', quarter: 'quarter(s)', year: 'year(s)' },
  eventRegularlyCalendar: 'calendar periods',
  eventRegularlyMin: 'in at least',
  eventRegularlyPeriods: 'of the last',
  eventRegularlyPeriod: 'periods of',
  eventRecentLabel: 'Recent period',
  eventBaselineLabel: 'Earlier period',
  eventInactiveLabel: 'Break',
  eventPerPeriodLabel: 'Events per period',
  eventMinPeriodsLabel: 'Minimum periods',
  eventPeriodsLabel: 'Periods',
  eventPeriodLabel: 'Period length',

  sequenceSteps: 'Steps',
  sequenceStep: (position) => `Step ${position}`,
  sequenceThen: 'then',
  sequenceThenNot: 'then did not',
  sequenceAddStep: 'Add step',
  sequenceRemoveStep: (position) => `Remove step ${position}`,
  sequenceMoveLeft: (position) => `Move step ${position} earlier`,
  sequenceMoveRight: (position) => `Move step ${position} later`,
  sequenceDragStep: (position) => `Drag step ${position}`,
  sequenceNegated: 'Did not do this',
  sequenceMaxGap: 'within',
  sequenceAddMaxGap: 'Add time limit',
  sequenceRemoveMaxGap: 'Remove time limit',
  sequenceWindow: 'When',
  sequenceWithin: 'all within',
  sequenceAddWithin: 'Limit total time',
  sequenceRemoveWithin: 'Remove total time limit',
  sequenceStepMoved: (from, to) => `Step ${from} moved to position ${to}`,

  relatedRelation: 'Related',
  relatedRelationPlaceholder: 'Choose a relation',
  relatedUnknownRelation: (id) => `Unknown relation "${id}"`,
  relatedMatch: 'Match',
  relatedMatches: { any: 'at least one', all: 'every', none: 'no', count: 'a number of' },
  relatedCountComparison: 'Count comparison',
  relatedCountValue: 'Count',
  relatedCountUpper: 'Upper count',
  relatedConditions: (relationLabel) => `Conditions on ${relationLabel}`,
  relatedMatching: 'matching',

  previewTitle: 'Preview',
  previewCount: (count) => `${numberFormat.format(count)} ${count === 1 ? 'match' : 'matches'}`,
  previewLoading: 'Counting…',
  previewIdle: 'No preview yet',
  previewInvalid: 'Fix the problems shown above to see who matches',
  previewUpdating: 'updating…',
  previewError: (message) => `Could not count: ${message}`,
  previewRetry: 'Try again',
  previewSample: 'Sample members',
  previewEmpty: 'No one matches',
  previewUnavailable: 'No count',
  previewIncomplete: (count) =>
    count === 1
      ? '1 incomplete condition is not counted yet'
      : `${numberFormat.format(count)} incomplete conditions are not counted yet`,
}
