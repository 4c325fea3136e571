/**
 * The components map: every replaceable part of the builder. A part receives
 * plain data and callbacks and never touches the store. The `components` prop
 * is merged over {@link defaultComponents} once, at the root; `null` hides a
 * part (where hiding makes sense: undo/redo, drag handle, node actions, issues).
 * Field-level parts (`ValueEditor`, `OperatorSelect`, `PropertyPicker`,
 * `EventPicker`, `DateValueInput`, `DurationInput`) are used wherever the
 * builder shows such a field: property rows, event filters, sequence steps
 * and their filters, related groups, windows and measures.
 */
import type {
  CatalogItem,
  Combinator,
  ConditionKind,
  EventCondition,
  Issue,
  ListCondition,
  OpaqueNode,
  PropertyCondition,
  RelatedCondition,
  SegmentRefCondition,
  SequenceCondition,
  TagCondition,
} from '@segkit/core'
import type { ComponentType, HTMLAttributes } from 'react'
import type { ConditionEditorProps } from './condition-editor-props.ts'
import { ListConditionEditor } from './conditions/ListConditionEditor.tsx'
import { OpaqueConditionView } from './conditions/OpaqueConditionView.tsx'
import { PropertyConditionEditor } from './conditions/PropertyConditionEditor.tsx'
import { SegmentConditionEditor } from './conditions/SegmentConditionEditor.tsx'
import { TagConditionEditor } from './conditions/TagConditionEditor.tsx'
import { EventConditionEditor } from './event/EventConditionEditor.tsx'
import { EventPicker, type EventPickerProps } from './event/EventPicker.tsx'
import { DateValueInput, type DateValueInputProps } from './fields/DateValueInput.tsx'
import { DurationInput, type DurationInputProps } from './fields/DurationInput.tsx'
import { OperatorSelect, type OperatorSelectProps } from './fields/OperatorSelect.tsx'
import { PropertyPicker, type PropertyPickerProps } from './fields/PropertyPicker.tsx'
import { ValueEditor, type ValueEditorProps } from './fields/ValueEditor.tsx'
import { AddMenu } from './group/AddMenu.tsx'
import { CollapseToggle } from './group/CollapseToggle.tsx'
import { CombinatorToggle } from './group/CombinatorToggle.tsx'
import { NegateToggle } from './group/NegateToggle.tsx'
import { LaterRelatedConditionEditor, LaterSequenceConditionEditor } from './later/later-editors.tsx'
import type { BuilderMessages } from './messages.ts'
import { DragHandle } from './node/DragHandle.tsx'
import { IssueList } from './node/IssueList.tsx'
import { NodeActions } from './node/NodeActions.tsx'
import { UndoRedo } from './node/UndoRedo.tsx'

/** Props of the AND/OR toggle of a group. */
export interface CombinatorToggleProps {
  value: Combinator
  onChange: (value: Combinator) => void
  disabled: boolean
}

/** Props of the NOT toggle of a group. */
export interface NegateToggleProps {
  pressed: boolean
  onChange: (pressed: boolean) => void
  disabled: boolean
}

/** Props of the collapse / expand toggle of a group. */
export interface CollapseToggleProps {
  collapsed: boolean
  onChange: (collapsed: boolean) => void
}

/** Props of a group's "add" menu. */
export interface AddMenuProps {
  /** Condition kinds allowed here for which the catalog offers something. */
  kinds: readonly ConditionKind[]
  /** Entity type of the group (what its conditions talk about): the search lists this entity's items. */
  entity: string
  /**
   * Adds a condition: a default one of `kind`, or, given a catalog item chosen
   * in the search, the condition core's `conditionForItem` makes for it.
   */
  onAddCondition: (kind: ConditionKind, item?: CatalogItem) => void
  onAddGroup: () => void
  /** False when a nested group would exceed the builder's `maxDepth`. */
  canAddGroup: boolean
  disabled: boolean
}

/** Props of the actions menu of a node (group or condition). */
export interface NodeActionsProps {
  /** `group` for groups, else the condition kind. */
  kind: 'group' | ConditionKind | 'opaque'
  /** Flags of the node itself. */
  disabled: boolean
  locked: boolean
  /** True when the builder is read-only or a group holding the node is locked. */
  readOnly: boolean
  onRemove: () => void
  onDuplicate: () => void
  onSetDisabled: (disabled: boolean) => void
  onSetLocked: (locked: boolean) => void
  onWrapInGroup: () => void
  /** Only for groups. */
  onUngroup?: (() => void) | undefined
  /** Moves the node one place up in its group; absent for the first node. */
  onMoveUp?: (() => void) | undefined
  /** Moves the node one place down in its group; absent for the last node. */
  onMoveDown?: (() => void) | undefined
}

/** Props of a drag handle (shown when the builder has a `dnd` adapter): spread `handleProps` on the element. */
export interface DragHandleProps {
  handleProps: HTMLAttributes<HTMLElement>
  setActivatorRef: (element: HTMLElement | null) => void
  disabled: boolean
}

/** Props of the list of issues shown next to a field or a node. */
export interface IssueListProps {
  issues: readonly Issue[]
  /** DOM id, referenced by `aria-describedby` of the field. */
  id?: string | undefined
}

/** Props of the undo/redo controls. */
export interface UndoRedoProps {
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
}

/** Props of the read-only view of a node the library cannot read. */
export interface OpaqueConditionProps {
  node: OpaqueNode
  issues: readonly Issue[]
}

/** What a field-level part receives besides its own props: the builder's strings, to label itself. */
export interface FieldPartExtras {
  messages: BuilderMessages
}

/** Every replaceable part. */
export interface BuilderComponents {
  PropertyCondition: ComponentType<ConditionEditorProps<PropertyCondition>>
  EventCondition: ComponentType<ConditionEditorProps<EventCondition>>
  SequenceCondition: ComponentType<ConditionEditorProps<SequenceCondition>>
  ListCondition: ComponentType<ConditionEditorProps<ListCondition>>
  TagCondition: ComponentType<ConditionEditorProps<TagCondition>>
  SegmentCondition: ComponentType<ConditionEditorProps<SegmentRefCondition>>
  RelatedCondition: ComponentType<ConditionEditorProps<RelatedCondition>>
  OpaqueCondition: ComponentType<OpaqueConditionProps>
  CombinatorToggle: ComponentType<CombinatorToggleProps>
  NegateToggle: ComponentType<NegateToggleProps>
  CollapseToggle: ComponentType<CollapseToggleProps>
  AddMenu: ComponentType<AddMenuProps>
  NodeActions: ComponentType<NodeActionsProps>
  DragHandle: ComponentType<DragHandleProps>
  IssueList: ComponentType<IssueListProps>
  UndoRedo: ComponentType<UndoRedoProps>
  /** The value of a predicate (property rows, event and step filters, related groups). */
  ValueEditor: ComponentType<ValueEditorProps & FieldPartExtras>
  /** The operator of a predicate. */
  OperatorSelect: ComponentType<OperatorSelectProps & FieldPartExtras>
  /** The property of a predicate, and the property of a measure. */
  PropertyPicker: ComponentType<PropertyPickerProps & FieldPartExtras>
  /** The event of an event condition and of a sequence step. */
  EventPicker: ComponentType<EventPickerProps & FieldPartExtras>
  /** A point in time: date values, date ranges, "as it was" times. */
  DateValueInput: ComponentType<DateValueInputProps & FieldPartExtras>
  /** A duration: windows, step gaps, "within" limits, relative dates. */
  DurationInput: ComponentType<DurationInputProps & FieldPartExtras>
}

/** Parts that may be hidden with `null`. */
export type HideablePart = 'NegateToggle' | 'CollapseToggle' | 'NodeActions' | 'DragHandle' | 'IssueList' | 'UndoRedo'

/** The components map after merging: hideable parts may be `null`. */
export type ResolvedComponents = {
  [K in keyof BuilderComponents]: K extends HideablePart ? BuilderComponents[K] | null : BuilderComponents[K]
}

/** The `components` prop: any subset of parts; `null` hides a hideable part. */
export type ComponentsOverride = Partial<ResolvedComponents>

/** The default parts. */
export const defaultComponents = {
  PropertyCondition: PropertyConditionEditor,
  EventCondition: EventConditionEditor,
  SequenceCondition: LaterSequenceConditionEditor,
  ListCondition: ListConditionEditor,
  TagCondition: TagConditionEditor,
  SegmentCondition: SegmentConditionEditor,
  RelatedCondition: LaterRelatedConditionEditor,
  OpaqueCondition: OpaqueConditionView,
  CombinatorToggle,
  NegateToggle,
  CollapseToggle,
  AddMenu,
  NodeActions,
  DragHandle,
  IssueList,
  UndoRedo,
  ValueEditor,
  OperatorSelect,
  PropertyPicker,
  EventPicker,
  DateValueInput,
  DurationInput,
} satisfies BuilderComponents

/** Merges a partial components map over the defaults. */
export function resolveComponents(overrides: ComponentsOverride | undefined): ResolvedComponents {
  if (!overrides) return defaultComponents
  const merged: ResolvedComponents = { ...defaultComponents }
  for (const key of Object.keys(overrides) as (keyof ResolvedComponents)[]) {
    const part = overrides[key]
    if (part !== undefined) (merged as Record<string, unknown>)[key] = part
  }
  return merged
}
