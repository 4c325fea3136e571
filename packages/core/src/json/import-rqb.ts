/**
 * Version 0: the rule format of react-querybuilder (and builders like it), read
 * as a migration that keeps the meaning react-querybuilder's `formatQuery` gives
 * a query — or says plainly why a part cannot be imported.
 *
 * - Groups `{ combinator, not?, rules }`; combinators `and` / `or` / `xor` in any
 *   case; independent combinators (`rules: [r1, 'and', r2, 'or', r3]`, with SQL
 *   precedence: AND before XOR before OR) and `xor` are rewritten to the
 *   equivalent tree of AND / OR / NOT groups.
 * - `not`, `muted` and `disabled` are read the way react-querybuilder reads them
 *   (JavaScript truthiness): a muted rule or group is skipped by `formatQuery`,
 *   so it becomes a disabled node; `disabled` only locks a rule in its UI (the
 *   query still applies it), so it becomes a locked node. A muted root, and a
 *   group left with nothing to apply, match everyone, as `formatQuery`'s
 *   fallback `(1 = 1)` does.
 * - Rules `{ field, operator, value }`, operator names in any case (`=`, `!=`,
 *   `<`, `<=`, `>`, `>=`, `contains`, `beginsWith`, `endsWith`, `doesNotContain`,
 *   `doesNotBeginWith`, `doesNotEndWith`, `in`, `notIn`, `between`, `notBetween`,
 *   `null`, `notNull`). Lists and ranges may be comma-separated text. With a
 *   catalog the property's type decides: numbers written as text become numbers
 *   for number properties, `=` / `!=` on a boolean become `is_true` / `is_false`,
 *   comparisons of datetimes become `before` / `after` / `between` with
 *   react-querybuilder's inclusive bounds.
 * - A comparison of two fields (`valueSource: 'field'`) becomes a property
 *   compared with another property (`{ type: 'property', property }`), for
 *   `=`, `!=`, `<`, `<=`, `>`, `>=` between compatible types; on datetimes,
 *   `<=`, `>=`, `=` and `!=` are rewritten from `before` / `after`.
 * - What segkit cannot say — fields of incompatible types, `contains` / `in` /
 *   `between` against fields, `matchMode` on arrays, operators it does not
 *   have — is kept as it was (an opaque node) with an `import_unsupported`
 *   error that names the react-querybuilder feature and why.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog, PropertyDef } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { parseInstant } from '../model/instant.ts'
import { SEGMENT_LIMIT_CEILINGS } from '../model/limits.ts'
import { comparableAs, PROPERTY_REFERENCE_OPERATORS } from '../model/operators.ts'
import { issue, type Path } from '../validate/issues.ts'

type Rec = Record<string, unknown>

/** What the import knows and collects while it runs. */
export interface ImportContext {
  /** With a catalog, values follow the property's type. */
  catalog?: Catalog | undefined
  /** The entity type of the segment (for property types). */
  entity: string
  /** Issues found: refusals (`import_unsupported`) and rewrites (`import_rewritten`). */
  issues: Issue[]
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const own = (r: Rec, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined)

/** react-querybuilder operator names, lowercased, to segkit operators (a Map: no inherited names). */
const OPERATORS = new Map<string, string>([
  ['=', 'eq'],
  ['!=', 'neq'],
  ['<', 'lt'],
  ['<=', 'lte'],
  ['>', 'gt'],
  ['>=', 'gte'],
  ['contains', 'contains'],
  ['doesnotcontain', 'not_contains'],
  ['beginswith', 'starts_with'],
  ['doesnotbeginwith', 'not_starts_with'],
  ['endswith', 'ends_with'],
  ['doesnotendwith', 'not_ends_with'],
  ['in', 'in'],
  ['notin', 'not_in'],
  ['between', 'between'],
  ['notbetween', 'not_between'],
  ['null', 'is_not_set'],
  ['notnull', 'is_set'],
])

/** Keys of a react-querybuilder rule or group that the import reads; any other key is kept. */
const RULE_KEYS = new Set(['id', 'field', 'operator', 'value', 'valueSource', 'muted', 'disabled'])
const GROUP_KEYS = new Set(['id', 'combinator', 'not', 'rules', 'muted', 'disabled'])

/** Whether a react-querybuilder document (no `kind` anywhere at its top). */
export function isRqbGroup(node: unknown): node is Rec {
  return isRecord(node) && Array.isArray(own(node, 'rules'))
}

/** Deepest nesting of react-querybuilder groups read (deeper ones are kept as they were): far above any limit. */
export const RQB_MAX_DEPTH = 4 * SEGMENT_LIMIT_CEILINGS.maxDepth

class Refusal {
  constructor(readonly reason: string) {}
}

interface Out {
  node: Rec
  /** The node takes part in the query (not muted, and not a group that was emptied). */
  active: boolean
}

class Importer {
  private readonly index
  constructor(readonly ctx: ImportContext) {
    this.index = ctx.catalog ? indexCatalog(ctx.catalog) : undefined
  }

  property(field: string): PropertyDef | undefined {
    return this.index?.property(this.ctx.entity, field)
  }

  rewritten(path: Path, message: string, id: string): void {
    this.ctx.issues.push(
      issue({ code: 'import_unsupported', at: path, nodeId: id, message, params: {}, severity: 'warning' }),
    )
  }

  refuse(raw: Rec, path: Path, reason: string): Out {
    const id =
      typeof own(raw, 'id') === 'string' && own(raw, 'id') !== ''
        ? (own(raw, 'id') as string)
        : `rule-v0${path.join('-')}`
    this.ctx.issues.push(
      issue({
        code: 'import_unsupported',
        at: path,
        nodeId: id,
        message: `Cannot import this react-querybuilder rule: ${reason}. It is kept as it was.`,
        params: { reason },
      }),
    )
    // Kept as it was, with an id, so that it stays where it was and is written back unchanged.
    return { node: { ...raw, id }, active: true }
  }

  /** Copies the keys the import does not read. */
  extras(raw: Rec, known: ReadonlySet<string>, into: Rec): Rec {
    for (const key of Object.keys(raw)) {
      if (!known.has(key) && !Object.hasOwn(into, key)) into[key] = raw[key]
    }
    return into
  }

  group(raw: Rec, path: Path, idBase: string, depth = 1): Out {
    if (depth > RQB_MAX_DEPTH) {
      return this.refuse(raw, path, `its groups nest deeper than ${RQB_MAX_DEPTH} levels`)
    }
    const id =
      typeof own(raw, 'id') === 'string' && own(raw, 'id') !== '' ? (own(raw, 'id') as string) : `group-v0${idBase}`
    const rules = own(raw, 'rules') as unknown[]
    const combinatorRaw = own(raw, 'combinator')
    const muted = Boolean(own(raw, 'muted'))
    const negated = Boolean(own(raw, 'not'))
    const locked = Boolean(own(raw, 'disabled'))
    const notRaw = own(raw, 'not')
    if (notRaw !== undefined && typeof notRaw !== 'boolean') {
      this.rewritten(
        path,
        `'not: ${JSON.stringify(notRaw)}' read as ${negated ? 'NOT' : 'no NOT'}, as react-querybuilder reads it`,
        id,
      )
    }
    const hasIc = rules.some((r) => typeof r === 'string')
    let combinator: string
    if (typeof combinatorRaw === 'string') combinator = combinatorRaw.toLowerCase()
    else if (combinatorRaw === undefined) combinator = 'and'
    else return this.refuse(raw, path, `the combinator ${JSON.stringify(combinatorRaw)} is not and, or, xor`)
    if (!hasIc && combinator !== 'and' && combinator !== 'or' && combinator !== 'xor') {
      return this.refuse(raw, path, `the combinator '${String(combinatorRaw)}' is not and, or, xor`)
    }
    // Children, in order, with the combinator written before each (independent combinators).
    const items: { out: Out; before: string | undefined }[] = []
    let pending: string | undefined
    let childIndex = 0
    for (const [i, item] of rules.entries()) {
      if (typeof item === 'string') {
        const c = item.toLowerCase()
        if (c !== 'and' && c !== 'or' && c !== 'xor') {
          return this.refuse(raw, path, `the combinator '${item}' between rules is not and, or, xor`)
        }
        pending = c
        continue
      }
      const childPath = [...path, 'children', childIndex]
      const out = isRqbGroup(item)
        ? this.group(item, childPath, `${idBase}-${i}`, depth + 1)
        : this.rule(item, childPath, `${idBase}-${i}`)
      childIndex += 1
      // formatQuery skips a muted child and joins the next one with the combinator written after it.
      items.push({ out, before: out.active ? pending : undefined })
      if (out.active) pending = undefined
    }
    const active = items.filter((x) => x.out.active)
    const inactive = items.filter((x) => !x.out.active).map((x) => x.out.node)
    const header: Rec = { id, kind: 'group' }
    if (locked) header.locked = true
    let body: Rec
    if (active.length === 0) {
      // formatQuery's fallback for a group with nothing to apply is (1 = 1), NOT and combinator aside.
      body = { ...header, combinator: 'and', children: inactive }
      if (combinator !== 'and' || negated) {
        this.rewritten(path, 'Nothing in this group is applied, so it matches everyone, as in react-querybuilder', id)
      }
    } else if (hasIc || combinator === 'xor') {
      const joins = active.map((x, i) => (i === 0 ? undefined : (x.before ?? (hasIc ? 'and' : combinator))))
      const tree = this.precedence(
        active.map((x) => x.out.node),
        joins,
        id,
      )
      body = { ...header, combinator: 'and', ...(negated ? { negated: true } : {}), children: [tree, ...inactive] }
      if (combinator === 'xor' || joins.includes('xor'))
        this.rewritten(path, 'xor rewritten as AND / OR / NOT groups', id)
    } else {
      body = {
        ...header,
        combinator,
        ...(negated ? { negated: true } : {}),
        children: items.map((x) => x.out.node),
      }
    }
    if (muted) body.disabled = true
    this.extras(raw, GROUP_KEYS, body)
    return { node: body, active: !muted }
  }

  /**
   * The tree of `nodes` joined by `joins[i]` (before node i), with AND before
   * XOR before OR, as SQL reads `a AND b XOR c OR d`.
   */
  precedence(nodes: Rec[], joins: (string | undefined)[], id: string): Rec {
    let n = 0
    const fresh = (suffix: string) => `${id}-${suffix}${n++}`
    const split = (list: Rec[], ops: (string | undefined)[], op: string) => {
      const parts: { nodes: Rec[]; ops: (string | undefined)[] }[] = [{ nodes: [], ops: [] }]
      list.forEach((node, i) => {
        if (i > 0 && ops[i] === op) parts.push({ nodes: [], ops: [] })
        const part = parts[parts.length - 1] as { nodes: Rec[]; ops: (string | undefined)[] }
        part.ops.push(part.nodes.length === 0 ? undefined : ops[i])
        part.nodes.push(node)
      })
      return parts
    }
    const group = (combinator: 'and' | 'or', children: Rec[], negated = false): Rec =>
      children.length === 1 && !negated
        ? (children[0] as Rec)
        : { id: fresh('g'), kind: 'group', combinator, ...(negated ? { negated: true } : {}), children }
    const ands = (list: Rec[]) => group('and', list)
    const xors = (list: Rec[], ops: (string | undefined)[]) => {
      const terms = split(list, ops, 'xor').map((p) => ands(p.nodes))
      return terms.reduce((acc, term) => this.xor(acc, term, fresh))
    }
    const ors = split(nodes, joins, 'or').map((p) => xors(p.nodes, p.ops))
    return group('or', ors)
  }

  /** `a XOR b` as `(a AND NOT b) OR (NOT a AND b)`, with copies of a and b under fresh ids. */
  xor(a: Rec, b: Rec, fresh: (suffix: string) => string): Rec {
    const copy = (node: Rec): Rec => recopy(node, fresh)
    const not = (node: Rec): Rec => ({
      id: fresh('n'),
      kind: 'group',
      combinator: 'and',
      negated: true,
      children: [node],
    })
    return {
      id: fresh('x'),
      kind: 'group',
      combinator: 'or',
      children: [
        { id: fresh('g'), kind: 'group', combinator: 'and', children: [a, not(b)] },
        { id: fresh('g'), kind: 'group', combinator: 'and', children: [not(copy(a)), copy(b)] },
      ],
    }
  }

  rule(raw: unknown, path: Path, idBase: string): Out {
    if (!isRecord(raw)) return { node: raw as Rec, active: true }
    if (own(raw, 'kind') !== undefined) return { node: raw, active: true }
    const id =
      typeof own(raw, 'id') === 'string' && own(raw, 'id') !== '' ? (own(raw, 'id') as string) : `rule-v0${idBase}`
    const field = own(raw, 'field')
    const operatorRaw = own(raw, 'operator')
    if (typeof field !== 'string') return this.refuse(raw, path, 'it names no field')
    if (typeof operatorRaw !== 'string') return this.refuse(raw, path, 'it has no operator')
    const muted = Boolean(own(raw, 'muted'))
    const valueSource = own(raw, 'valueSource')
    if (valueSource !== undefined && valueSource !== 'value' && valueSource !== 'field') {
      return this.refuse(raw, path, `its valueSource ${JSON.stringify(valueSource)} is neither 'value' nor 'field'`)
    }
    if (own(raw, 'matchMode') !== undefined) {
      return this.refuse(raw, path, 'it uses matchMode (a condition on array elements), which segkit does not have')
    }
    const operator = OPERATORS.get(operatorRaw.toLowerCase())
    if (!operator) return this.refuse(raw, path, `the operator '${operatorRaw}' has no segkit equivalent`)
    let node: Rec
    try {
      node =
        valueSource === 'field'
          ? this.fieldComparison(id, field, operatorRaw, operator, own(raw, 'value'))
          : this.predicate(id, field, operator, own(raw, 'value'), this.property(field))
    } catch (error) {
      if (error instanceof Refusal) return this.refuse(raw, path, error.reason)
      throw error
    }
    if (muted) node.disabled = true
    if (own(raw, 'disabled')) node.locked = true
    this.extras(raw, RULE_KEYS, node)
    return { node, active: !muted }
  }

  /** The condition for one rule: a property condition, or a NOT group around one. */
  predicate(id: string, field: string, operator: string, value: unknown, def: PropertyDef | undefined): Rec {
    const cond = (op: string, v?: unknown): Rec => ({
      id,
      kind: 'property',
      property: field,
      operator: op,
      ...(v !== undefined ? { value: v } : {}),
    })
    const not = (inner: Rec): Rec => ({
      id: `${id}-not`,
      kind: 'group',
      combinator: 'and',
      negated: true,
      children: [inner],
    })
    if (operator === 'is_set' || operator === 'is_not_set') return cond(operator)
    const type = def?.type
    if (operator === 'not_starts_with') return not(cond('starts_with', this.text(value)))
    if (operator === 'not_ends_with') return not(cond('ends_with', this.text(value)))
    if (type === 'boolean') {
      const b = toBoolean(value)
      if (b === undefined) throw new Refusal(`${JSON.stringify(value)} is not true or false`)
      if (operator === 'eq') return cond(b ? 'is_true' : 'is_false')
      if (operator === 'neq') return not(cond(b ? 'is_true' : 'is_false'))
      throw new Refusal(`'${operator}' cannot compare a boolean`)
    }
    if (type === 'datetime') return this.datetime(cond, not, operator, value)
    if (type === 'string[]')
      throw new Refusal(`${field} holds a list of texts, which react-querybuilder rules do not compare`)
    const numeric = type === 'number' || (type === undefined && typeof value === 'number')
    switch (operator) {
      case 'eq':
      case 'neq':
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        if (numeric) return cond(operator, this.number(value))
        if (operator === 'eq' || operator === 'neq') {
          if (type === undefined && typeof value === 'boolean')
            return operator === 'eq' ? cond(value ? 'is_true' : 'is_false') : not(cond(value ? 'is_true' : 'is_false'))
          return cond(operator, this.text(value))
        }
        throw new Refusal(`segkit compares text only for equality, not with '${operator}'`)
      case 'contains':
      case 'not_contains':
      case 'starts_with':
      case 'ends_with':
        return cond(operator, this.text(value))
      case 'in':
      case 'not_in': {
        const list = listOf(value)
        if (list.length === 0) throw new Refusal(`'${operator}' has no values`)
        return cond(
          operator,
          type === undefined
            ? list.map(numberIfNumeric)
            : numeric
              ? list.map((v) => this.number(v))
              : list.map((v) => this.text(v)),
        )
      }
      case 'between':
      case 'not_between': {
        const list = listOf(value)
        if (list.length !== 2) throw new Refusal(`'${operator}' needs two values`)
        if (type !== undefined && !numeric) throw new Refusal(`segkit has no 'between' for ${type} values`)
        return cond(
          operator,
          list.map((v) => this.number(v)),
        )
      }
      default:
        throw new Refusal(`the operator '${operator}' has no segkit equivalent here`)
    }
  }

  /**
   * A rule comparing two fields (`valueSource: 'field'`): a property compared with another property,
   * with react-querybuilder's SQL meaning (a NULL on either side selects nobody, except that segkit's
   * `neq` also matches a missing value, its documented rule). Datetimes have only `before` / `after`
   * with a reference, so `<=`, `>=`, `=` and `!=` on them are rewritten exactly from those.
   */
  fieldComparison(id: string, field: string, operatorRaw: string, operator: string, value: unknown): Rec {
    if (typeof value !== 'string' || value === '') {
      throw new Refusal(
        `it compares the field '${field}' with ${JSON.stringify(value)}, which is not one field name (react-querybuilder's lists of fields for 'in' and 'between' have no segkit equivalent)`,
      )
    }
    const order = new Set(['eq', 'neq', 'lt', 'lte', 'gt', 'gte'])
    if (!order.has(operator)) {
      throw new Refusal(
        `it compares the field '${field}' with the field '${value}' by '${operatorRaw}'; segkit compares a property with another property only by =, !=, <, <=, >, >=`,
      )
    }
    const ref = { type: 'property', property: value }
    const cond = (op: string, v?: unknown): Rec => ({
      id: `${id}${op === operator ? '' : `-${op}`}`,
      kind: 'property',
      property: field,
      operator: op,
      ...(v !== undefined ? { value: v } : {}),
    })
    if (!this.index) return cond(operator, ref)
    const def = this.property(field)
    const other = this.property(value)
    if (!def) throw new Refusal(`the field '${field}' is not a property of the catalog`)
    if (!other) throw new Refusal(`the field '${value}' it compares with is not a property of the catalog`)
    const kind = comparableAs(def.type)
    if (kind === 'none' || kind !== comparableAs(other.type)) {
      throw new Refusal(
        `it compares '${field}' (${def.type}) with '${value}' (${other.type}), and segkit compares only numbers with numbers, datetimes with datetimes, texts with texts and booleans with booleans`,
      )
    }
    if (kind === 'datetime') {
      const group = (suffix: string, combinator: string, children: Rec[], negated = false): Rec => ({
        id: `${id}-${suffix}`,
        kind: 'group',
        combinator,
        ...(negated ? { negated: true } : {}),
        children,
      })
      const bothSet = [cond('is_set'), { ...cond('is_set'), id: `${id}-is_set-other`, property: value }]
      switch (operator) {
        case 'lt':
          return cond('before', ref)
        case 'gt':
          return cond('after', ref)
        case 'neq':
          return group('neq', 'or', [cond('before', ref), cond('after', ref)])
        case 'lte':
          return group('lte', 'and', [...bothSet, group('not-after', 'and', [cond('after', ref)], true)])
        case 'gte':
          return group('gte', 'and', [...bothSet, group('not-before', 'and', [cond('before', ref)], true)])
        default:
          return group('eq', 'and', [
            ...bothSet,
            group('neither', 'or', [cond('before', ref), cond('after', ref)], true),
          ])
      }
    }
    if (!PROPERTY_REFERENCE_OPERATORS[def.type].includes(operator as never)) {
      throw new Refusal(
        `it compares the ${kind} field '${field}' with the field '${value}' by '${operatorRaw}'; segkit compares ${kind === 'text' ? 'texts' : 'booleans'} with another property only by = and !=`,
      )
    }
    return cond(operator, ref)
  }

  datetime(cond: (op: string, v?: unknown) => Rec, not: (inner: Rec) => Rec, operator: string, value: unknown): Rec {
    const at = (v: unknown, shift = 0) => {
      const ms = parseInstant(v)
      if (ms === undefined)
        throw new Refusal(`${JSON.stringify(v)} is not an ISO 8601 instant such as 2026-11-24T00:00:00Z`)
      return { type: 'absolute', value: new Date(ms + shift).toISOString() }
    }
    switch (operator) {
      case 'lt':
        return cond('before', at(value))
      case 'lte':
        return cond('before', at(value, 1))
      case 'gt':
        return cond('after', at(value))
      case 'gte':
        return cond('after', at(value, -1))
      case 'eq':
        return cond('between', [at(value), at(value, 1)])
      case 'neq':
        return not(cond('between', [at(value), at(value, 1)]))
      case 'between':
      case 'not_between': {
        const list = listOf(value)
        if (list.length !== 2) throw new Refusal(`'${operator}' needs two values`)
        // react-querybuilder's BETWEEN includes both ends; segkit's date ranges exclude the end.
        const range = cond('between', [at(list[0]), at(list[1], 1)])
        return operator === 'between' ? range : not(range)
      }
      default:
        throw new Refusal(`'${operator}' cannot compare a datetime`)
    }
  }

  number(value: unknown): number {
    if (typeof value === 'number' && Number.isFinite(value)) return value
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
    throw new Refusal(`${JSON.stringify(value)} is not a number`)
  }

  text(value: unknown): string {
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    throw new Refusal(`${JSON.stringify(value)} is not a text value`)
  }
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase()
    if (v === 'true') return true
    if (v === 'false') return false
  }
  return undefined
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',').map((v) => v.trim())
  return value === undefined || value === null ? [] : [value]
}

function numberIfNumeric(v: unknown): unknown {
  return typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v
}

/** A deep copy of a node tree with every id replaced by a fresh one. */
function recopy(node: Rec, fresh: (suffix: string) => string): Rec {
  const out: Rec = { ...node, id: fresh('c') }
  if (Array.isArray(node.children))
    out.children = (node.children as unknown[]).map((c) => (isRecord(c) ? recopy(c, fresh) : c))
  return out
}

/**
 * Turns a react-querybuilder group into a segkit root group. A muted root
 * matches everyone in `formatQuery`; it becomes an AND root holding the
 * original group, disabled.
 */
export function importRqbRoot(raw: Rec, ctx: ImportContext): Rec {
  const importer = new Importer(ctx)
  const first = ctx.issues.length
  const out = importer.group(raw, ['root'], '')
  const root =
    out.node.disabled === true
      ? { id: `${String(out.node.id)}-root`, kind: 'group', combinator: 'and', children: [out.node] }
      : out.node
  // Rewrites move nodes: place each issue where its node ended up.
  const paths = pathsById(root)
  for (let i = first; i < ctx.issues.length; i++) {
    const found = ctx.issues[i]
    const path = found?.nodeId !== undefined ? paths.get(found.nodeId) : undefined
    if (found && path) found.path = [...path, ...(found.field ?? [])]
  }
  return root
}

/** The path of every node of a JSON tree by id (the first one, for a repeated id). */
function pathsById(root: Rec): Map<string, Path> {
  const out = new Map<string, Path>()
  const stack: { node: unknown; path: Path }[] = [{ node: root, path: ['root'] }]
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: Path }
    if (!isRecord(node)) continue
    const id = own(node, 'id')
    if (typeof id === 'string' && !out.has(id)) out.set(id, path)
    const children = own(node, 'children')
    if (Array.isArray(children)) {
      children.forEach((c, i) => {
        stack.push({ node: c, path: [...path, 'children', i] })
      })
    }
  }
  return out
}
