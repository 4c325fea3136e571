/** Pure tree operations, node factories and operator helpers for editors. */
export {
  type CreateContext,
  createCondition,
  createEmptySegment,
  createFilter,
  createGroup,
  createStep,
} from './create.ts'
export { createId } from './ids.ts'
export { changeOperator, changeProperty, defaultValueFor, operatorsFor } from './operators.ts'
export {
  addFilter,
  addStep,
  type FilterOwner,
  moveStep,
  removeFilter,
  removeStep,
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
  type NodeLocation,
  nodePath,
  removeNode,
  setCollapsed,
  setDisabled,
  setLocked,
  toggleCombinator,
  toggleNegated,
  ungroup,
  updateNode,
  wrapInGroup,
} from './tree.ts'
export type { Combinator } from './types.ts'
