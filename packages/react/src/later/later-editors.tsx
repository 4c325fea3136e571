/**
 * The parts that load with the later chunk, as the builder uses them: each in place, with a
 * placeholder of its size while the chunk loads. An editable segment without sequences, related
 * conditions, measures, the stopped / restarted / regularly / n-th time forms or folded groups never waits for them.
 */
import type { RelatedCondition, SequenceCondition } from '@segkit/core'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import type { CalendarWindowFieldsProps } from '../event/CalendarWindowFields.tsx'
import type { EventFormFieldsProps } from '../event/EventFormFields.tsx'
import type { MeasureEditorProps } from '../event/MeasureEditor.tsx'
import type { NthTimeFieldsProps } from '../event/NthTimeFields.tsx'
import type { ReferenceValueProps } from '../fields/ReferenceValue.tsx'
import type { TimeZoneFieldProps } from '../fields/TimeZoneField.tsx'
import type { ValueComboboxProps } from '../fields/ValueCombobox.tsx'
import type { WeekStartFieldProps } from '../fields/WeekStartField.tsx'
import type { GroupSummaryProps } from '../group/GroupSummary.tsx'
import { laterPart, PartPlaceholder } from './later-part.tsx'

/** The default sequence editor: one placeholder line per step while it loads. */
export const LaterSequenceConditionEditor = laterPart(
  'SequenceConditionEditor',
  (parts) => parts.SequenceConditionEditor,
  ({ node }: ConditionEditorProps<SequenceCondition>) => (
    <PartPlaceholder part="sequence-condition" lines={node.steps.length + 1} />
  ),
)

/** The default related editor: a line for the match, one per condition of its group. */
export const LaterRelatedConditionEditor = laterPart(
  'RelatedConditionEditor',
  (parts) => parts.RelatedConditionEditor,
  ({ node }: ConditionEditorProps<RelatedCondition>) => (
    <PartPlaceholder part="related-condition" lines={node.root.children.length + 1} />
  ),
)

/** What is measured and how it compares (sum, average… of an event property). */
export const LaterMeasureEditor = laterPart<MeasureEditorProps>(
  'MeasureEditor',
  (parts) => parts.MeasureEditor,
  () => <PartPlaceholder part="measure" />,
)

/** The inputs of the stopped, restarted and regularly forms. */
export const LaterEventFormFields = laterPart<EventFormFieldsProps>(
  'EventFormFields',
  (parts) => parts.EventFormFields,
  () => <PartPlaceholder part="event-form-fields" />,
)

/** Which time of the n-th time form ("[2]nd time ever"). */
export const LaterNthTimeCount = laterPart<NthTimeFieldsProps>(
  'NthTimeCount',
  (parts) => parts.NthTimeCount,
  () => <PartPlaceholder part="event-form-fields" />,
)

/** The n-th time form's limit after the first. */
export const LaterNthTimeWithin = laterPart<NthTimeFieldsProps>(
  'NthTimeWithin',
  (parts) => parts.NthTimeWithin,
  () => <PartPlaceholder part="nth-within-field" />,
)

/** A read-only condition as a sentence: one line of text while core's describe module loads. */
export const LaterConditionText = laterPart<{ id: string; entity: string }>(
  'ConditionText',
  (parts) => parts.ConditionText,
  () => <PartPlaceholder part="condition-text" />,
)

/** The sentence of a folded group. */
export const LaterGroupSummary = laterPart<GroupSummaryProps>(
  'GroupSummary',
  (parts) => parts.GroupSummary,
  () => <PartPlaceholder part="group-summary" />,
)

/** A text value with the host's suggestions (`loadValues`): the size of a text input while it loads. */
export const LaterValueCombobox = laterPart<ValueComboboxProps>(
  'ValueCombobox',
  (parts) => parts.ValueCombobox,
  () => <PartPlaceholder part="value-combobox" />,
)

/** A comparison with another property ("Signed up at plus 7 days"). */
export const LaterReferenceValue = laterPart<ReferenceValueProps>(
  'ReferenceValue',
  (parts) => parts.ReferenceValue,
  () => <PartPlaceholder part="reference-value" />,
)

/** The inputs of a calendar window (this / the last N complete periods, and the unit). */
export const LaterCalendarWindowFields = laterPart<CalendarWindowFieldsProps>(
  'CalendarWindowFields',
  (parts) => parts.CalendarWindowFields,
  () => <PartPlaceholder part="window-calendar" />,
)

/** The segment's time-zone select (the zone list is long; a calendar segment needs it, others never). */
export const LaterTimeZoneField = laterPart<TimeZoneFieldProps>(
  'TimeZoneField',
  (parts) => parts.TimeZoneField,
  () => <PartPlaceholder part="time-zone" />,
)

/** The segment's week-start select (only a segment that reads calendar weeks needs it). */
export const LaterWeekStartField = laterPart<WeekStartFieldProps>(
  'WeekStartField',
  (parts) => parts.WeekStartField,
  () => <PartPlaceholder part="week-start" />,
)
