/**
 * Every string the builder shows, in one replaceable object (i18n). Flat keys;
 * parametric strings are functions. The event, sequence, related and preview
 * strings live in `./event/messages.ts` and are spread in here.
 */
import type { ConditionKind, DescribeOptions, Issue, Operator, TimeUnit, Weekday } from '@segkit/core'
import { defaultEventMessages, type EventMessages } from './event/messages.ts'

/** Strings of the builder shell, groups, rows and fields. */
export interface CoreMessages {
  builderLabel: string
  and: string
  or: string
  combinatorLabel: string
  not: string
  notLabel: string
  addCondition: string
  addGroup: string
  addConditionOfKind: (kindLabel: string) => string
  nothingToAdd: string
  kinds: Readonly<Record<ConditionKind, string>>
  nodeActions: string
  remove: string
  duplicate: string
  disable: string
  enable: string
  lock: string
  unlock: string
  wrapInGroup: string
  ungroup: string
  moveUp: string
  moveDown: string
  collapse: string
  expand: string
  collapsedSummary: (count: number) => string
  emptyGroup: string
  locked: string
  disabled: string
  dragHandle: string
  undo: string
  redo: string
  /** The segment's time-zone select (shown when its calendar matters) and its UTC choice. */
  timeZone: string
  timeZoneDefault: string
  /** The segment's week-start select (shown when it reads calendar weeks), its Monday choice and the day names. */
  weekStart: string
  weekStartDefault: string
  weekdays: Readonly<Record<Weekday, string>>
  group: string
  condition: string
  /** Text of a validation issue next to a field; default: the issue's English message. */
  issue: (issue: Issue) => string
  /**
   * How conditions read as sentences (read-only and simple-mode rows, folded groups, drag handles and
   * announcements): core's describe options, e.g. `{ messages: deDescribeMessages, locale: 'de-DE' }`.
   * Default: English.
   */
  describe: DescribeOptions
  opaqueUnknownKind: (kind: string) => string
  opaqueInvalid: string
  opaqueRaw: string
  // fields
  search: string
  noResults: string
  ungrouped: string
  property: string
  propertyPlaceholder: string
  unknownProperty: (id: string) => string
  operator: string
  operators: Readonly<Record<Operator, string>>
  value: string
  valueFrom: string
  valueTo: string
  valuePlaceholder: string
  addValue: string
  removeValue: (value: string) => string
  selectValues: string
  selectedCount: (count: number) => string
  ignoreCase: string
  dateMode: string
  dateAbsolute: string
  dateAgo: string
  dateFromNow: string
  agoSuffix: string
  fromNowSuffix: string
  durationAmount: string
  durationUnit: string
  units: Readonly<Record<TimeUnit, string>>
  atTime: string
  addAtTime: string
  removeAtTime: string
  /** Switches a property condition's value to another property of the same entity. */
  compareWithProperty: string
  /** Switches a comparison with another property back to a value. */
  compareWithValue: string
  /** Switches a sequence step's filter to "the same value as an earlier step". */
  compareWithStep: string
  /** Between the filter's property and the earlier step: "is the same as". */
  sameAsStep: string
  /** Accessible name of the earlier step's property picker. */
  stepReferenceLabel: string
  /** One choice of that picker: "Product of step 1 (Viewed Product)". */
  stepReferenceOption: (property: string, step: number, event: string) => string
  /** The offset added to the other property (datetimes): "plus" / "minus". */
  offsetSign: Readonly<Record<'plus' | 'minus', string>>
  /** Accessible name of that offset's fields. */
  offsetLabel: string
  list: string
  listPlaceholder: string
  listOperators: Readonly<Record<'in' | 'not_in', string>>
  tag: string
  tagPlaceholder: string
  tagOperators: Readonly<Record<'has' | 'not_has', string>>
  segment: string
  segmentPlaceholder: string
  segmentOperators: Readonly<Record<'in' | 'not_in', string>>
  unknownReference: (id: string) => string
  // drag and drop announcements
  dndInstructions: string
  dndPickedUp: (label: string) => string
  /** While dragging: where the item would land (1-based position in the group or sequence named `group`). */
  dndOver: (label: string, position: number, group: string) => string
  /** After a drop: where the item now is. */
  dndDropped: (label: string, position: number, group: string) => string
  /** Name of an AND group in announcements. */
  dndGroupAll: string
  /** Name of an OR group in announcements. */
  dndGroupAny: string
  /** Accessible name of a node's drag handle, after the condition it moves. */
  dragHandleFor: (label: string) => string
  dndCancelled: (label: string) => string
  dndNoTarget: (label: string) => string
  // props the builder cannot use (#16)
  /** Shown instead of the tree when `value` is not a segment at all. */
  valueUnreadable: string
  /** Shown when `catalog` is not a catalog. */
  catalogUnreadable: string
  /** Shown in place of one part (a row) that could not render; the rest keeps working. */
  partUnreadable: string
  // pickers and the add search
  /** Shown while an async search (`searchCatalog`, a picker's `search`) is running. */
  searching: string
  searchFailed: string
  /** Announced (politely) as the results change. */
  resultCount: (count: number) => string
  /** Heading of the recently chosen items, listed first while the search is empty. */
  recent: string
  /** Accessible name of the add search's popover and listbox. */
  addSearchLabel: string
  /** Placeholder of the add search's input. */
  addSearchPlaceholder: string
  /** The button that opens the kind menu beside the add search. */
  addByKind: string
  /** Headings of the add search, one per kind of item. */
  searchKinds: Readonly<Record<'property' | 'event' | 'list' | 'tag' | 'segment' | 'related' | 'new', string>>
  /** Entry of the add search for a sequence of events (not a catalog item). */
  newSequence: string
  /** Keyboard shortcut hint on the add button. */
  addShortcut: string
  /**
   * What an incomplete row still needs, shown in the row until it is given: a value, or a group's first condition.
   * A missing choice (property, event, list…) is said by its picker's placeholder ("Choose a property"), not twice.
   */
  incomplete: Readonly<Record<'value' | 'condition', string>>
  /** Beside that hint: an incomplete row is left out of the preview count. */
  incompleteNotCounted: string
  /** The hint of a row whose picker still says what to choose: it is left out of the preview count. */
  notCountedYet: string
  /** The AND / OR word between rows, a button: what pressing it does (`next` is "OR" or "AND"). */
  joinerSwitch: (next: string) => string
  // rows (sentences, read-only text, number fields, event "how")
  /** The button beside a read-only advanced condition in the simple mode. */
  openInFullMode: string
  /** Accessible name of the button that removes a property condition's past time ("as it was"). */
  removeAtTimeLabel: string
  /** Shown under an emptied number field (nothing is saved until a number is typed). */
  valueRequired: string
  /** Shown under a number field holding text that is not a number. */
  notANumber: string
  /** A read-only group's combinator, as words. */
  groupAll: string
  groupAny: string
  groupNone: string
  /** A read-only "at least k of these" group ("At least 2 of"), and one under NOT ("Fewer than 2 of"). */
  groupAtLeast: (count: number) => string
  groupFewerThan: (count: number) => string
  /** The words before the "at least" count of an OR group, and the count field's accessible name. */
  atLeast: string
  atLeastLabel: string
  /** The event row's "how" select: the group of counted forms and the word after the count. */
  eventHowCountGroup: string
  eventHowOtherGroup: string
  eventTimes: string
  /** The "how" option that leads to sum / average / min / max / distinct / active days. */
  eventHowMeasure: string
}

/** Every string of the builder: {@link CoreMessages} and the event/sequence/related/preview strings. */
export type BuilderMessages = CoreMessages & EventMessages

// One formatter: `toLocaleString` builds one per call (~0.3 ms in Chromium), and a picker counts its results per keystroke.
let counts: Intl.NumberFormat | undefined
function formatCount(count: number): string {
  counts ??= new Intl.NumberFormat()
  return counts.format(count)
}

const coreMessages: CoreMessages = {
  builderLabel: 'Segment rules',
  and: 'AND',
  or: 'OR',
  combinatorLabel: 'Match all (AND) or any (OR) of the conditions',
  not: 'NOT',
  // The accessible name holds the visible text (WCAG 2.5.3 label in name).
  notLabel: 'NOT: negate this group',
  addCondition: 'Add condition',
  addGroup: 'Add group',
  addConditionOfKind: (kind) => `Add ${kind} condition`,
  nothingToAdd: 'The catalog offers nothing to add here',
  kinds: {
    property: 'Property',
    event: 'Event',
    sequence: 'Sequence',
    list: 'List',
    tag: 'Tag',
    segment: 'Segment',
    related: 'Related',
  },
  nodeActions: 'More actions',
  remove: 'Remove',
  duplicate: 'Duplicate',
  disable: 'Disable',
  enable: 'Enable',
  lock: 'Lock',
  unlock: 'Unlock',
  wrapInGroup: 'Wrap in a group',
  ungroup: 'Ungroup',
  moveUp: 'Move up',
  moveDown: 'Move down',
  collapse: 'Collapse group',
  expand: 'Expand group',
  collapsedSummary: (count) => (count === 1 ? '1 item hidden' : `${count} items hidden`),
  emptyGroup: 'No conditions yet. Add one, or drop one here.',
  locked: 'Locked',
  disabled: 'Disabled',
  dragHandle: 'Drag to move',
  undo: 'Undo',
  redo: 'Redo',
  timeZone: 'Time zone',
  timeZoneDefault: 'UTC (default)',
  weekStart: 'Weeks start on',
  weekStartDefault: 'Monday (default)',
  weekdays: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  group: 'Group',
  condition: 'Condition',
  issue: (issue) => issue.message,
  // Core's English words are its describe options' default (they come with the describe module, in the
  // builder's later chunk); the key is here so that `messages: { describe: { messages } }` merges in.
  describe: { messages: undefined, locale: 'en-US' },
  opaqueUnknownKind: (kind) => `Unknown condition kind “${kind}”: kept as it is, not editable here`,
  opaqueInvalid: 'This condition could not be read: kept as it is, not editable here',
  opaqueRaw: 'Original JSON',
  search: 'Search',
  noResults: 'Nothing matches',
  ungrouped: 'Other',
  property: 'Property',
  propertyPlaceholder: 'Choose a property',
  unknownProperty: (id) => `Unknown property “${id}”`,
  operator: 'Operator',
  operators: {
    eq: 'is',
    neq: 'is not',
    lt: 'less than',
    lte: 'at most',
    gt: 'greater than',
    gte: 'at least',
    between: 'between',
    not_between: 'not between',
    in: 'is one of',
    not_in: 'is none of',
    contains: 'contains',
    not_contains: 'does not contain',
    starts_with: 'starts with',
    ends_with: 'ends with',
    is_true: 'is true',
    is_false: 'is false',
    before: 'before',
    after: 'after',
    within_last: 'within the last',
    not_within_last: 'not within the last',
    within_next: 'within the next',
    has_any: 'has any of',
    has_all: 'has all of',
    has_none: 'has none of',
    is_set: 'is set',
    is_not_set: 'is not set',
  },
  value: 'Value',
  valueFrom: 'From',
  valueTo: 'To',
  valuePlaceholder: 'Value',
  addValue: 'Add a value and press Enter',
  removeValue: (value) => `Remove ${value}`,
  selectValues: 'Choose values',
  selectedCount: (count) => (count === 1 ? '1 selected' : `${count} selected`),
  ignoreCase: 'Ignore case',
  dateMode: 'Date type',
  dateAbsolute: 'on a date',
  dateAgo: 'ago',
  dateFromNow: 'from now',
  agoSuffix: 'ago',
  fromNowSuffix: 'from now',
  durationAmount: 'Amount',
  durationUnit: 'Unit',
  units: { minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years' },
  atTime: 'as it was',
  addAtTime: 'Compare with a past value',
  removeAtTime: 'Remove the past value',
  compareWithProperty: 'Compare with a property',
  compareWithValue: 'Compare with a value',
  compareWithStep: 'Same as an earlier step',
  sameAsStep: 'is the same as',
  stepReferenceLabel: 'Earlier step and property',
  stepReferenceOption: (property, step, event) => `${property} of step ${step} (${event})`,
  offsetSign: { plus: 'plus', minus: 'minus' },
  offsetLabel: 'Offset',
  list: 'List',
  listPlaceholder: 'Choose a list',
  listOperators: { in: 'is in list', not_in: 'is not in list' },
  tag: 'Tag',
  tagPlaceholder: 'Choose a tag',
  tagOperators: { has: 'has tag', not_has: 'does not have tag' },
  segment: 'Segment',
  segmentPlaceholder: 'Choose a segment',
  segmentOperators: { in: 'is in segment', not_in: 'is not in segment' },
  unknownReference: (id) => `Unknown “${id}”`,
  dndInstructions:
    'To pick up an item, press Space or Enter. Use the arrow keys to move it. Press Space or Enter again to drop it, or Escape to cancel.',
  dndPickedUp: (label) => `Picked up '${label}'.`,
  dndOver: (label, position, group) => `'${label}' would move to position ${position} of group '${group}'.`,
  dndDropped: (label, position, group) => `Moved '${label}' to position ${position} of group '${group}'.`,
  dndGroupAll: 'All of',
  dndGroupAny: 'Any of',
  dragHandleFor: (label) => `Move '${label}'`,
  dndCancelled: (label) => `Moving '${label}' was cancelled.`,
  dndNoTarget: (label) => `'${label}' is not over a drop area.`,
  valueUnreadable: 'This segment cannot be shown: the value given to the builder is not a segment.',
  catalogUnreadable: 'The builder cannot start: the catalog given to it is not a valid catalog.',
  partUnreadable: 'This part cannot be shown. The rest of the segment is not affected.',
  searching: 'Searching…',
  searchFailed: 'The search failed. Type again to retry.',
  resultCount: (count) => (count === 1 ? '1 result' : `${formatCount(count)} results`),
  recent: 'Recent',
  addSearchLabel: 'Add a condition',
  addSearchPlaceholder: 'Search properties, events, lists…',
  addByKind: 'Add by kind',
  searchKinds: {
    property: 'Properties',
    event: 'Events',
    list: 'Lists',
    tag: 'Tags',
    segment: 'Segments',
    related: 'Related',
    new: 'More',
  },
  newSequence: 'Sequence of events',
  addShortcut: 'Shift+Enter',
  incomplete: { value: 'Choose a value', condition: 'Add a condition' },
  incompleteNotCounted: 'not counted yet',
  notCountedYet: 'Not counted yet',
  joinerSwitch: (next) => `Switch this group to ${next}`,
  openInFullMode: 'Open in full mode',
  removeAtTimeLabel: 'Remove the past value (compare with the current value)',
  valueRequired: 'Value required',
  notANumber: 'Enter a number',
  groupAll: 'All of',
  groupAny: 'Any of',
  groupNone: 'None of',
  groupAtLeast: (count) => `At least ${count} of`,
  groupFewerThan: (count) => `Fewer than ${count} of`,
  atLeast: 'at least',
  atLeastLabel: 'How many must hold',
  eventHowCountGroup: 'Number of times',
  eventHowOtherGroup: 'Other',
  eventTimes: 'times',
  eventHowMeasure: 'by a measure…',
}

/** English defaults for every string of the builder. */
export const defaultMessages: BuilderMessages = { ...defaultEventMessages, ...coreMessages }

/**
 * A partial of a messages object at every depth: `{ operators: { eq: 'ist' } }` replaces one
 * operator's label and keeps the others. Functions (parametric strings) are replaced whole.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T

/** What the `messages` prop takes: any subset of {@link BuilderMessages}, at any depth. */
export type MessagesOverride = DeepPartial<BuilderMessages>

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function mergeDeep(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base }
  for (const key of Object.keys(overrides)) {
    // Only keys the defaults know: a stray key (`__proto__` from parsed JSON) is not copied.
    if (!Object.hasOwn(base, key)) continue
    const value = overrides[key]
    if (value === undefined) continue
    const current = base[key]
    merged[key] = isPlainRecord(value) && isPlainRecord(current) ? mergeDeep(current, value) : value
  }
  return merged
}

/** Merges partial messages over the defaults, at every depth (operators, kinds, units, forms…). */
export function mergeMessages(overrides: MessagesOverride | undefined): BuilderMessages {
  if (!overrides) return defaultMessages
  return mergeDeep(
    defaultMessages as unknown as Record<string, unknown>,
    overrides as Record<string, unknown>,
  ) as unknown as BuilderMessages
}
