/** Property conditions of the authoring API: `prop('plan').eq('pro')`, `prop('plan').eq('whale').at(ago(7, 'day'))`. */
import type { PropertyCondition } from '../model/conditions.ts'
import { AuthoredNode, type IdKind, type NodeFlags } from './node.ts'
import type { PredicateSpec } from './predicate.ts'
import { type DateInput, toDateValue } from './time.ts'

interface PropertyState extends NodeFlags {
  spec: PredicateSpec
  at?: DateInput | undefined
}

/** A property condition being written. */
export class PropertyConditionBuilder extends AuthoredNode<PropertyCondition, PropertyState> {
  /** Time travel: compare the value the property had at `date` (e.g. `ago(7, 'day')`), from its history. */
  at(date: DateInput): PropertyConditionBuilder {
    return this.update({ at: date })
  }
  /** @internal */
  protected idKind(): IdKind {
    return 'condition'
  }
  /** @internal */
  protected build(id: string): PropertyCondition {
    const node: PropertyCondition = { id, kind: 'property', ...this.state.spec }
    if (this.state.at !== undefined) node.at = toDateValue(this.state.at)
    return node
  }
}
