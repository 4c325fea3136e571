/** Pure tree operations, node factories and operator helpers for editors. */

export { setTimeZone, setWeekStart, usesCalendar, usesWeeks } from './calendar.ts'
export { COMPARISONS, changeComparison } from './comparison.ts'
export {
  addableKinds,
  type CreateContext,
  canCreateCondition,
  createCondition,
  createEmptySegment,
  createFilter,
  createGroup,
  createStep,
} from './create.ts'
export { type DurationUse, defaultDuration, defaultPastReference } from './defaults.ts'
export {
  changeEvent,
  changeEventForm,
  changeMeasure,
  EVENT_FORM_TYPES,
  MEASURE_FNS,
  measurePropertiesFor,
  measuresFor,
} from './event-condition.ts'
export { changeEventRef } from './event-set.ts'
export { createId } from './ids.ts'
export {
  type IncompleteCondition,
  type IncompleteOptions,
  type IncompleteReason,
  incompleteConditions,
  type PreviewPlan,
  previewSegment,
} from './incomplete.ts'
export { changeOperator, changeProperty, defaultValueFor, operatorsFor } from './operators.ts'
export { compareWithProperty, compareWithValue, referenceCandidates } from './property-reference.ts'
export { changeRelatedMatch, changeRelation, RELATED_MATCH_TYPES } from './related.ts'
export { sameSegment } from './same-segment.ts'
export { referencedSegments } from './segment-references.ts'
export { compareWithStep, type StepReferenceCandidate, stepReferenceCandidates } from './step-reference.ts'
export {
  addFilter,
  addStep,
  deleteFilter,
  deleteStep,
  type FilterOwner,
  insertFilter,
  insertStep,
  moveStep,
  patchFilter,
  patchStep,
  removeFilter,
  removeStep,
  reorderStep,
  replaceStep,
  updateFilter,
  updateStep,
} from './steps.ts'
export {
  addNode,
  cloneWithNewIds,
  duplicateNode,
  findNode,
  findParent,
  isLocked,
  mapNode,
  moveNode,
  moveNodeBy,
  type NodeLocation,
  nodePath,
  removeNode,
  setAtLeast,
  setCollapsed,
  setDisabled,
  setLocked,
  toggleCombinator,
  toggleNegated,
  ungroup,
  updateNode,
  wrapInGroup,
} from './tree.ts'
export {
  canMoveNode,
  type IndexSegmentOptions,
  indexSegment,
  type MoveOptions,
  type SegmentIndex,
  type SiblingPlace,
} from './tree-index.ts'
export type { Combinator } from './types.ts'
export { changeWindowType, WINDOW_TYPES } from './window.ts'
