/**
 * The later chunk (see `load-later.ts`): only `load-later.ts` imports this module, and only with
 * `import()`. A part moved here is used through `laterPart` (or, for the content of a menu, after
 * `loadLater()`), never imported statically by a module of the first load.
 */
export { CalendarWindowFields } from '../event/CalendarWindowFields.tsx'
export { EventFormFields } from '../event/EventFormFields.tsx'
export { MeasureEditor } from '../event/MeasureEditor.tsx'
export { NthTimeCount, NthTimeWithin } from '../event/NthTimeFields.tsx'
export { PickerPopup } from '../fields/PickerPopup.tsx'
export { ReferenceValue } from '../fields/ReferenceValue.tsx'
export { TimeZoneField } from '../fields/TimeZoneField.tsx'
export { ValueCombobox } from '../fields/ValueCombobox.tsx'
export { WeekStartField } from '../fields/WeekStartField.tsx'
export { AddSearch } from '../group/AddSearch.tsx'
export { GroupSummary } from '../group/GroupSummary.tsx'
export { ActionMenuPopup } from '../node/ActionMenuPopup.tsx'
export { ConditionText } from '../node/ConditionText.tsx'
export { RelatedConditionEditor } from '../related/RelatedConditionEditor.tsx'
export { warmOptions } from '../search/search-options.ts'
export { SequenceConditionEditor } from '../sequence/SequenceConditionEditor.tsx'
