/**
 * Every string the builder shows, in one replaceable object (i18n). Flat keys;
 * parametric strings are functions. The event, sequence, related and preview
 * strings live in `./event/messages.ts` and are spread in here.
 */
import type { ConditionKind, Issue, Operator, TimeUnit } from '@segkit/core'
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
  group: string
  condition: string
  /** Text of a validation issue next to a field; default: the issue's English message. */
  issue: (issue: Issue) => string
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
  dndOver: (label: string, target: string) => string
  dndDropped: (label: string, target: string) => string
  dndCancelled: (label: string) => string
  dndNoTarget: (label: string) => string
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
  /** The event row's "how" select: the group of counted forms and the word after the count. */
  eventHowCountGroup: string
  eventHowOtherGroup: string
  eventTimes: string
  /** The "how" option that leads to sum / average / min / max / distinct / active days. */
  eventHowMeasure: string
}

/** Every string of the builder: {@link CoreMessages} and the event/sequence/related/preview strings. */
export type BuilderMessages = CoreMessages & EventMessages

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
  group: 'Group',
  condition: 'Condition',
  issue: (issue) => issue.message,
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
  dndPickedUp: (label) => `Picked up ${label}.`,
  dndOver: (label, target) => `${label} is over ${target}.`,
  dndDropped: (label, target) => `${label} was dropped on ${target}.`,
  dndCancelled: (label) => `Moving ${label} was cancelled.`,
  dndNoTarget: (label) => `${label} is not over a drop area.`,
  openInFullMode: 'Open in full mode',
  removeAtTimeLabel: 'Remove the past value (compare with the current value)',
  valueRequired: 'Value required',
  notANumber: 'Enter a number',
  groupAll: 'All of',
  groupAny: 'Any of',
  groupNone: 'None of',
  eventHowCountGroup: 'Number of times',
  eventHowOtherGroup: 'Other',
  eventTimes: 'times',
  eventHowMeasure: 'by a measure…',
}

/** English defaults for every string of the builder. */
export const defaultMessages: BuilderMessages = { ...defaultEventMessages, ...coreMessages }

/** Merges partial messages over the defaults; record-valued keys (operators, kinds…) merge one level deep. */
export function mergeMessages(overrides: Partial<BuilderMessages> | undefined): BuilderMessages {
  if (!overrides) return defaultMessages
  const merged: Record<string, unknown> = { ...defaultMessages }
  for (const [key, value] of Object.entries(overrides)) {
    const base = merged[key]
    merged[key] =
      value !== null && typeof value === 'object' && base !== null && typeof base === 'object'
        ? { ...base, ...value }
        : value
  }
  return merged as unknown as BuilderMessages
}
