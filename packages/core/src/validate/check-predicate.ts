/**
 * Checks one property predicate (a property condition, an event filter or a
 * step filter) against the property's definition: operator, value shape, value
 * type, ranges, enum options.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { OPERATORS_BY_TYPE, type Operator, valueShape } from '../model/operators.ts'
import type { PredicateValue } from '../model/predicate.ts'
import { issue, type Path } from './issues.ts'
import { isDateValue, isDuration } from './value-guards.ts'

export interface PredicateLike {
  property: string
  operator: Operator
  value?: PredicateValue | undefined
  ignoreCase?: boolean | undefined
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function scalarOk(value: unknown, def: PropertyDef): boolean {
  return def.type === 'number' ? isFiniteNumber(value) : typeof value === 'string'
}

export function checkPredicate(pred: PredicateLike, def: PropertyDef, path: Path, nodeId: string | undefined): Issue[] {
  const out: Issue[] = []
  const allowed = OPERATORS_BY_TYPE[def.type]
  if (!allowed.includes(pred.operator)) {
    out.push(
      issue(
        'operator_not_allowed',
        [...path, 'operator'],
        `Operator '${pred.operator}' cannot be used with ${def.label} (${def.type}); use one of ${allowed.join(', ')}`,
        nodeId,
      ),
    )
    return out
  }
  if (pred.ignoreCase && def.type !== 'string' && def.type !== 'enum' && def.type !== 'string[]') {
    out.push(
      issue(
        'ignore_case_not_string',
        [...path, 'ignoreCase'],
        `Ignoring case means nothing for ${def.label} (${def.type})`,
        nodeId,
        'warning',
      ),
    )
  }
  const valuePath = [...path, 'value']
  const value = pred.value
  const shape = valueShape(pred.operator, def.type)
  if (shape === 'none') {
    if (value !== undefined)
      out.push(issue('value_unexpected', valuePath, `'${pred.operator}' takes no value`, nodeId, 'warning'))
    return out
  }
  if (value === undefined) {
    out.push(issue('value_missing', valuePath, `'${pred.operator}' on ${def.label} needs a value`, nodeId))
    return out
  }
  const wrongType = (expected: string) =>
    out.push(issue('value_type', valuePath, `${def.label} '${pred.operator}' expects ${expected}`, nodeId))
  switch (shape) {
    case 'scalar': {
      if (!scalarOk(value, def)) wrongType(def.type === 'number' ? 'a number' : 'a text value')
      else if (def.type === 'enum' && def.options && !def.options.some((o) => o.value === value)) {
        out.push(
          issue('enum_option', valuePath, `'${String(value)}' is not an option of ${def.label}`, nodeId, 'warning'),
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
        out.push(issue('empty_list', valuePath, `'${pred.operator}' on ${def.label} needs at least one value`, nodeId))
        break
      }
      const elementIsNumber = def.type === 'number'
      if (!value.every((v: unknown) => (elementIsNumber ? isFiniteNumber(v) : typeof v === 'string'))) {
        wrongType(elementIsNumber ? 'a list of numbers' : 'a list of text values')
      } else if (def.type === 'enum' && def.options) {
        const unknown = value.filter((v: unknown) => !def.options?.some((o) => o.value === v))
        if (unknown.length > 0) {
          out.push(
            issue('enum_option', valuePath, `Not options of ${def.label}: ${unknown.join(', ')}`, nodeId, 'warning'),
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
        out.push(issue('between_order', valuePath, `The minimum ${min} is above the maximum ${max}`, nodeId))
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
      if (from.type === 'absolute' && to.type === 'absolute' && Date.parse(from.value) >= Date.parse(to.value)) {
        out.push(issue('between_order', valuePath, 'The range ends before it starts', nodeId))
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
