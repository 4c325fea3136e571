'use client'

/**
 * @segkit/react — the visual segment builder: `<SegmentBuilder>`, its parts
 * (replaceable through the `components` map), reusable fields, headless hooks
 * over the per-instance store, and the messages of every user-facing string.
 * Styles: `import '@segkit/react/styles.css'`.
 */

// components map
export {
  type AddMenuProps,
  type BuilderComponents,
  type CollapseToggleProps,
  type CombinatorToggleProps,
  type ComponentsOverride,
  type DragHandleProps,
  defaultComponents,
  type FieldPartExtras,
  type HideablePart,
  type IssueListProps,
  type NegateToggleProps,
  type NodeActionsProps,
  type OpaqueConditionProps,
  type ResolvedComponents,
  type UndoRedoProps,
} from './components.ts'
export type { ConditionEditorProps, SegmentIssue } from './condition-editor-props.ts'
export { ListConditionEditor } from './conditions/ListConditionEditor.tsx'
export { OpaqueConditionView } from './conditions/OpaqueConditionView.tsx'
export { PropertyConditionEditor } from './conditions/PropertyConditionEditor.tsx'
export { SegmentConditionEditor } from './conditions/SegmentConditionEditor.tsx'
export { TagConditionEditor } from './conditions/TagConditionEditor.tsx'
export {
  type AllowedOperators,
  type BuilderOptions,
  useBuilderOptions,
  useBuilderStore,
  useCatalog,
  useComponents,
  useMessages,
  useNodeIssues,
} from './context.ts'
// drag and drop (the dnd-kit adapter is in @segkit/react/dnd)
export {
  type DragAndDrop,
  type DragAndDropState,
  type DropZoneBinding,
  noDragAndDrop,
  type SortableBinding,
  type SortableListProps,
  useDragAndDrop,
} from './dnd/adapter.ts'
export {
  type BuilderDragData,
  type GroupDropData,
  type NodeDragData,
  readDragData,
  type StepDragData,
} from './dnd/drag-data.ts'
export { ComparisonEditor, type ComparisonEditorProps } from './event/ComparisonEditor.tsx'
export { EventConditionEditor } from './event/EventConditionEditor.tsx'
export { EventFilters, type EventFiltersProps, type FilterOverride } from './event/EventFilters.tsx'
export { EventPicker, type EventPickerProps } from './event/EventPicker.tsx'
export type { MeasureEditorProps } from './event/MeasureEditor.tsx'
export { defaultEventMessages, type EventMessages } from './event/messages.ts'
export { WindowEditor, type WindowEditorProps } from './event/WindowEditor.tsx'
// fields
export { DateValueInput, type DateValueInputProps } from './fields/DateValueInput.tsx'
export { DurationInput, type DurationInputProps } from './fields/DurationInput.tsx'
export { issueField, splitIssues } from './fields/field-issues.ts'
export type {
  LoadValues,
  LoadValuesRequest,
  PredicateSource,
  SuggestValues,
  ValueSuggestion,
} from './fields/load-values.ts'
export { OperatorSelect, type OperatorSelectProps, useOperatorsFor } from './fields/OperatorSelect.tsx'
export {
  type MultiPickerProps,
  Picker,
  type PickerOption,
  type PickerProps,
  type SinglePickerProps,
} from './fields/Picker.tsx'
export { PredicateEditor, type PredicateEditorProps, type PredicateFieldsValue } from './fields/PredicateEditor.tsx'
export { PropertyPicker, type PropertyPickerProps } from './fields/PropertyPicker.tsx'
export { SelectField, type SelectFieldProps, type SelectOption } from './fields/SelectField.tsx'
export { TagsInput, type TagsInputProps } from './fields/TagsInput.tsx'
export { ValueEditor, type ValueEditorProps } from './fields/ValueEditor.tsx'
export { AddMenu } from './group/AddMenu.tsx'
export { CollapseToggle } from './group/CollapseToggle.tsx'
export { CombinatorToggle } from './group/CombinatorToggle.tsx'
export { GroupEditor, type GroupEditorProps } from './group/GroupEditor.tsx'
export { NegateToggle } from './group/NegateToggle.tsx'
// editors in the later chunk (loaded in idle time; see later/load-later.ts)
export {
  LaterMeasureEditor as MeasureEditor,
  LaterRelatedConditionEditor as RelatedConditionEditor,
  LaterSequenceConditionEditor as SequenceConditionEditor,
} from './later/later-editors.tsx'
export { preloadBuilder } from './later/load-later.ts'
// messages
export { type BuilderMessages, type CoreMessages, defaultMessages, mergeMessages } from './messages.ts'
export { ConditionEditor, type ConditionEditorSwitchProps } from './node/ConditionEditor.tsx'
export { DragHandle } from './node/DragHandle.tsx'
export { IssueList } from './node/IssueList.tsx'
export { NodeActions } from './node/NodeActions.tsx'
export { NodeRow, type NodeRowProps } from './node/NodeRow.tsx'
export { UndoRedo } from './node/UndoRedo.tsx'
// preview
export type { BreakdownMessages } from './preview/PreviewBreakdown.tsx'
export { SegmentPreview, type SegmentPreviewProps } from './preview/SegmentPreview.tsx'
export {
  type PreviewEvaluate,
  type PreviewResult,
  type PreviewState,
  type UsePreviewOptions,
  usePreview,
} from './preview/usePreview.ts'
// builder
export {
  SegmentBuilder,
  type SegmentBuilderProps,
  SegmentBuilderProvider,
  type SegmentBuilderProviderProps,
  SIMPLE_KINDS,
} from './SegmentBuilder.tsx'
export type { CatalogSearchResult, CatalogSearchScope, SearchCatalog } from './search/catalog-search.ts'
export type { PickerSearch } from './search/option-values.ts'
// store and hooks
export {
  type BuilderActions,
  type BuilderState,
  type BuilderStore,
  type CreateBuilderStoreOptions,
  createBuilderStore,
} from './store/builder-store.ts'
export { useBuilderActions, useHistory, useNode, useSegment, useSegmentIssues } from './store/hooks.ts'
export { type UseControllableStateParams, useControllableState } from './use-controllable-state.ts'
