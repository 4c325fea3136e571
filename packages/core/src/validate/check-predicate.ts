/**
 * Checks one property predicate (a property condition, an event filter or a
 * step filter) against the property's definition: operator, value shape, value
 * type, ranges, enum options.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import type { Issue, IssueParam } from '../errors.ts'
import { parseInstant } from '../model/instant.ts'
import {
  caseFoldable,
  comparableAs,
  OPERATORS_BY_TYPE,
  PROPERTY_REFERENCE_OPERATORS,
  valueShape,
} from '../model/operators.ts'
import type { Predicate, PropertyReference } from '../model/predicate.ts'
import { isPropertyReference, isStepReference } from '../model/property-reference.ts'
import { issue, type Path } from './issues.ts'
import { isDateValue, isDuration } from './value-guards.ts'

/** @deprecated The one predicate type is `Predicate` (model/predicate.ts). */
export type PredicateLike = Predicate

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function scalarOk(value: unknown, def: PropertyDef): boolean {
  return def.type === 'number' ? isFiniteNumber(value) : typeof value === 'string'
}

/** Where a predicate may compare with another property: how to find it, and what to call the entity. */
export interface ReferenceScope {
  /** The property of the same entity with this id, if any. */
  property(id: string): PropertyDef | undefined
  /** The entity's label, for messages. */
  entityLabel: string
}

/**
 * Issues of `pred` against `def`. `at` is the path of the node that holds the
 * predicate, `field` where the predicate sits in it (`[]` for a property
 * condition, `['filters', 2]` for a filter). `scope` is given where the value may
 * be a reference to another property (property conditions); elsewhere one is refused.
 */
export function checkPredicate(
  pred: Predicate,
  def: PropertyDef,
  at: Path,
  field: Path = [],
  nodeId?: string | undefined,
  scope?: ReferenceScope | undefined,
): Issue[] {
  if (isStepReference(pred.value)) {
    // Sequence steps check theirs with the whole sequence (check-step-references.ts) and never get here.
    const message = `Only a sequence step compares ${def.label} with an earlier step`
    return [
      issue({
        code: 'reference_not_allowed',
        at,
        field: [...field, 'value'],
        nodeId,
        message,
        params: { property: def.label },
      }),
    ]
  }
  const ref = isPropertyReference(pred.value) ? pred.value : undefined
  const out: Issue[] = ref ? referenceTarget(ref, def, at, field, nodeId, scope) : []
  if (out.length > 0) return out
  const push = (
    code: Issue['code'],
    sub: string,
    message: string,
    params: Record<string, IssueParam>,
    severity: Issue['severity'] = 'error',
  ) => {
    out.push(issue({ code, at, field: [...field, sub], nodeId, message, params, severity }))
  }
  const base = { property: def.label, type: def.type, operator: pred.operator }
  // Compared with another property, a type offers fewer operators (PROPERTY_REFERENCE_OPERATORS).
  const allowed = (ref ? PROPERTY_REFERENCE_OPERATORS : OPERATORS_BY_TYPE)[def.type]
  if (!allowed.includes(pred.operator)) {
    push(
      'operator_not_allowed',
      'operator',
      `Operator '${pred.operator}' cannot be used with ${def.label} (${def.type})${ref ? ' and another property' : ''}; use one of ${allowed.join(', ')}`,
      { ...base, allowed: allowed.join(', ') },
    )
    return out
  }
  if (pred.ignoreCase && !caseFoldable(def.type, pred.operator)) {
    push(
      'ignore_case_not_string',
      'ignoreCase',
      `Ignoring case means nothing for ${def.label} (${def.type}) with '${pred.operator}'`,
      base,
      'warning',
    )
  }
  if (ref) {
    // The offset's form and length are checked with every other duration (segment-shape.ts).
    if (ref.offset !== undefined && def.type !== 'datetime') {
      const message = `Only a datetime can be shifted; ${def.label} is ${def.type}`
      out.push(
        issue({ code: 'reference_offset', at, field: [...field, 'value', 'offset'], nodeId, message, params: base }),
      )
    }
    return out
  }
  const value = pred.value
  const shape = valueShape(pred.operator, def.type)
  if (shape === 'none') {
    if (value !== undefined) push('value_unexpected', 'value', `'${pred.operator}' takes no value`, base, 'warning')
    return out
  }
  if (value === undefined) {
    push('value_missing', 'value', `'${pred.operator}' on ${def.label} needs a value`, base)
    return out
  }
  const wrongType = (expected: string) =>
    push('value_type', 'value', `${def.label} '${pred.operator}' expects ${expected}`, { ...base, expected })
  switch (shape) {
    case 'scalar': {
      if (!scalarOk(value, def)) wrongType(def.type === 'number' ? 'a number' : 'a text value')
      else if (def.type === 'enum' && def.options && !def.options.some((o) => o.value === value)) {
        push(
          'enum_option',
          'value',
          `'${String(value)}' is not an option of ${def.label}`,
          { ...base, value: String(value) },
          'warning',
        )
      }
      break
    }
    case 'list': {
      if (!Array.isArray(value)) {
        wrongType('a list of values')
        break
      }
      if (value.length === 0) {
        push('empty_list', 'value', `'${pred.operator}' on ${def.label} needs at least one value`, base)
        break
      }
      const elementIsNumber = def.type === 'number'
      if (!value.every((v: unknown) => (elementIsNumber ? isFiniteNumber(v) : typeof v === 'string'))) {
        wrongType(elementIsNumber ? 'a list of numbers' : 'a list of text values')
      } else if (def.type === 'enum' && def.options) {
        const unknown = value.filter((v: unknown) => !def.options?.some((o) => o.value === v))
        if (unknown.length > 0) {
          push(
            'enum_option',
            'value',
            `Not options of ${def.label}: ${unknown.join(', ')}`,
            { ...base, value: unknown.join(', ') },
            'warning',
          )
        }
      }
      break
    }
    case 'range': {
      if (!Array.isArray(value) || value.length !== 2 || !value.every(isFiniteNumber)) {
        wrongType('two numbers [min, max]')
        break
      }
      const [min, max] = value as [number, number]
      if (min > max)
        push('between_order', 'value', `The minimum ${min} is above the maximum ${max}`, { ...base, min, max })
      break
    }
    case 'date': {
      if (!isDateValue(value)) wrongType('a date (absolute, or relative to the evaluation time)')
      break
    }
    case 'date_range': {
      if (!Array.isArray(value) || value.length !== 2) {
        wrongType('two dates [from, to)')
        break
      }
      const [from, to]: unknown[] = value
      if (!isDateValue(from) || !isDateValue(to)) {
        wrongType('two dates [from, to)')
        break
      }
      if (from.type === 'absolute' && to.type === 'absolute') {
        const lo = parseInstant(from.value)
        const hi = parseInstant(to.value)
        if (lo !== undefined && hi !== undefined && lo >= hi) {
          push('between_order', 'value', 'The range ends before it starts', { ...base, min: from.value, max: to.value })
        }
      }
      break
    }
    case 'duration': {
      if (!isDuration(value)) wrongType('a duration such as 7 days')
      break
    }
    default: {
      shape satisfies never
      throw new Error('unknown value shape')
    }
  }
  return out
}

/** The other property of a comparison: allowed here, known, and of a compatible type (else the one issue why not). */
function referenceTarget(
  ref: PropertyReference,
  def: PropertyDef,
  at: Path,
  field: Path,
  nodeId: string | undefined,
  scope: ReferenceScope | undefined,
): Issue[] {
  const one = (code: Issue['code'], sub: Path, message: string, params: Record<string, IssueParam>) => [
    issue({ code, at, field: [...field, 'value', ...sub], nodeId, message, params }),
  ]
  if (!scope) {
    return one('reference_not_allowed', [], `A filter compares ${def.label} with a value, not with a property`, {
      property: def.label,
    })
  }
  const other = scope.property(ref.property)
  if (!other) {
    return one('unknown_property', ['property'], `Unknown property '${ref.property}' on ${scope.entityLabel}`, {
      property: ref.property,
      entity: scope.entityLabel,
    })
  }
  const kind = comparableAs(def.type)
  if (kind === 'none' || kind !== comparableAs(other.type)) {
    return one(
      'reference_type_mismatch',
      ['property'],
      `${def.label} (${def.type}) cannot be compared with ${other.label} (${other.type})`,
      {
        property: def.label,
        type: def.type,
        other: other.label,
        otherType: other.type,
      },
    )
  }
  return []
}
