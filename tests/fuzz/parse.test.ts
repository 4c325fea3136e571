/**
 * Hostile input to every public entry point that reads a segment: random JSON and JavaScript values,
 * mutated presets, prototype-named keys in every string slot, react-querybuilder-shaped documents,
 * and deep nesting. Property: nothing throws but the typed errors, and nothing is lost silently (an
 * unknown node or key is kept, or reported).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import {
  describeSegment,
  migrateSegmentJson,
  parseCatalog,
  parseSegment,
  type Segment,
  SegmentError,
  serializeSegment,
  validateSegment,
} from '../../packages/core/src/index.ts'
import { DIALECTS, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS, generateDataset } from '../../packages/core/src/testing/index.ts'
import { area, FUZZ_SEGMENTS, nest, PROTO_KEYS, params, protoKey, typedOnly } from './fuzz.ts'

const catalog = exampleCatalog
const data = generateDataset({ seed: 7, users: 30 })
const evaluator = createEvaluator(catalog, data)
const presets = FUZZ_SEGMENTS.map((p) => p.segment)

/** Everything a parsed segment can be given to; each may throw only SegmentError. */
function feedEverywhere(figures: ReturnType<typeof area>, segment: Segment): void {
  typedOnly(figures, () => serializeSegment(segment))
  typedOnly(figures, () => validateSegment(segment, catalog))
  typedOnly(figures, () => describeSegment(segment, catalog))
  typedOnly(figures, () => evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF_MS }))
  for (const dialect of ['postgres', 'mysql', 'clickhouse'] as const) {
    typedOnly(figures, () => toSql(segment, { catalog, dialect, asOf: FIXTURE_AS_OF_MS }))
  }
}

/** Arbitrary JavaScript values with prototype-named keys, null prototypes, BigInts, sparse arrays. */
const hostileValue = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 6 }), protoKey, fc.constantFrom('kind', 'children', 'root', 'id', 'version')),
  maxDepth: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
})

describe('random values', () => {
  const figures = area('parse: random values')
  it('parseSegment, migrateSegmentJson and parseCatalog never throw on any value or JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.json({ maxDepth: 6 }), fc.string()), (input) => {
        figures.inputs += 1
        const parsed = typedOnly(figures, () => parseSegment(input, { catalog })).value
        expect(parsed?.ok === true || (parsed?.issues.length ?? 0) > 0).toBe(true)
        if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
          typedOnly(figures, () => migrateSegmentJson(input as Record<string, unknown>, { catalog }))
        }
        typedOnly(figures, () => parseCatalog(input))
        if (parsed?.segment) feedEverywhere(figures, parsed.segment)
      }),
      params(300),
    )
  })
})

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at)
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out)
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out)
  return out
}

function setAt(doc: unknown, at: (string | number)[], f: (old: unknown) => unknown): unknown {
  if (at.length === 0) return f(doc)
  const [head, ...rest] = at as [string | number, ...(string | number)[]]
  if (Array.isArray(doc)) return doc.map((v, i) => (i === head ? setAt(v, rest, f) : v))
  const rec = doc as Record<string, unknown>
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, k === head ? setAt(v, rest, f) : v]))
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), value: fc.oneof(hostileValue, fc.json({ maxDepth: 3 })) }),
  fc.record({ op: fc.constant('proto' as const), value: protoKey }),
  fc.record({ op: fc.constant('delete' as const) }),
  fc.record({ op: fc.constant('number' as const), value: fc.double() }),
)

describe('mutated presets', () => {
  const figures = area('parse: mutated presets')
  it('never throw, and a node of an unknown kind is written back as it was', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...presets),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
        (preset, _n, muts) => {
          figures.inputs += 1
          let doc: unknown = JSON.parse(serializeSegment(preset))
          for (const [pick, m] of muts) {
            const all = paths(doc)
            const at = all[pick % all.length] as (string | number)[]
            doc = setAt(doc, at, () => {
              switch (m.op) {
                case 'replace':
                case 'proto':
                case 'number':
                  return m.value
                case 'delete':
                  return undefined
                default:
                  return m satisfies never
              }
            })
          }
          const parsed = typedOnly(figures, () => parseSegment(doc, { catalog })).value
          if (parsed?.segment) feedEverywhere(figures, parsed.segment)
        },
      ),
      params(300),
    )
  })

  it('keep a node of a future kind and a future key, or report the key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presets), fc.string({ minLength: 1, maxLength: 8 }), (preset, tag) => {
        figures.inputs += 1
        const future = { id: 'future-node', kind: `future_${tag}`, payload: { tag, n: [1, 2] } }
        const doc = JSON.parse(serializeSegment(preset)) as { root: Record<string, unknown> & { children: unknown[] } }
        doc.root.children.push(future)
        doc.root[`x_${tag}`] = tag
        const parsed = parseSegment(doc, { catalog })
        const out = parsed.segment ? serializeSegment(parsed.segment) : ''
        const kept = out.includes(JSON.stringify(future))
        const keyKept = out.includes(JSON.stringify(`x_${tag}`)) || parsed.issues.some((i) => i.code === 'unknown_key')
        if (!kept || !keyKept) figures.lost += 1
        expect(kept).toBe(true)
        expect(keyKept).toBe(true)
      }),
      params(100),
    )
  })
})

/** Every string leaf of a document, replaced one at a time. */
function stringPaths(value: unknown): (string | number)[][] {
  return paths(value).filter((p) => {
    let v: unknown = value
    for (const k of p) v = (v as Record<string | number, unknown>)[k]
    return typeof v === 'string'
  })
}

describe('prototype-named strings', () => {
  const figures = area('parse: prototype-named strings')
  it.each(presets.map((p) => [p.id, p] as const))('in every string slot of %s', (_, preset) => {
    const doc = JSON.parse(serializeSegment(preset))
    for (const at of stringPaths(doc)) {
      for (const key of PROTO_KEYS) {
        figures.inputs += 1
        const parsed = typedOnly(figures, () =>
          parseSegment(
            setAt(doc, at, () => key),
            { catalog },
          ),
        ).value
        if (parsed?.segment) feedEverywhere(figures, parsed.segment)
      }
    }
  })

  it('as a dialect name, a catalog id, a kind at every entry point', () => {
    for (const key of PROTO_KEYS) {
      figures.inputs += 1
      const segment = presets[0] as Segment
      expect(() => toSql(segment, { catalog, dialect: key as 'postgres' })).toThrow(SegmentError)
      const entity = catalog.entities[0]!
      const odd = {
        ...catalog,
        entities: [{ ...entity, properties: [...entity.properties, { id: key, label: key, type: 'string' as const }] }],
      }
      const parsedCatalog = parseCatalog(odd)
      const c = parsedCatalog.ok ? parsedCatalog : undefined
      const seg = {
        ...segment,
        root: {
          id: 'r',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'p', kind: 'property', property: key, operator: 'eq', value: key }],
        },
      } as Segment
      if (c) {
        for (const dialect of Object.keys(DIALECTS) as (keyof typeof DIALECTS)[]) {
          typedOnly(figures, () => toSql(seg, { catalog: c.catalog, dialect }))
        }
        typedOnly(figures, () =>
          createEvaluator(c.catalog, { entities: { user: [{ id: 'u', [key]: 'x' }] }, events: [] }).evaluate(seg),
        )
      }
      typedOnly(figures, () => parseSegment({ ...segment, root: { ...segment.root, kind: key } }))
      typedOnly(figures, () =>
        parseSegment({ combinator: 'and', rules: [{ field: key, operator: key, value: key }] }, { catalog }),
      )
    }
  })
})

describe('react-querybuilder documents', () => {
  const figures = area('parse: react-querybuilder import')
  const field = fc.oneof(
    fc.constantFrom('age', 'name', 'plan', 'ltv', 'marketing_consent', 'created_at', 'interests'),
    protoKey,
    fc.string({ maxLength: 5 }),
  )
  const operator = fc.oneof(
    fc.constantFrom(
      '=',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      'contains',
      'beginsWith',
      'endsWith',
      'doesNotContain',
      'doesNotBeginWith',
      'doesNotEndWith',
      'in',
      'notIn',
      'between',
      'notBetween',
      'null',
      'notNull',
      'IN',
      'Between',
    ),
    protoKey,
    fc.string({ maxLength: 4 }),
  )
  const value = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
    hostileValue,
  )
  const extra = fc.record(
    {
      muted: fc.oneof(fc.boolean(), fc.constant('true')),
      disabled: fc.boolean(),
      valueSource: fc.constantFrom('value', 'field', 'x'),
      not: fc.oneof(fc.boolean(), fc.constant('true')),
      matchMode: fc.constant('all'),
    },
    { requiredKeys: [] },
  )
  const rule = fc
    .tuple(field, operator, value, extra)
    .map(([f, o, v, e]) => ({ field: f, operator: o, value: v, ...e }))
  const tree = fc.letrec((tie) => ({
    group: fc.record({
      combinator: fc.oneof(fc.constantFrom('and', 'or', 'xor', 'AND', 'Or'), protoKey),
      not: fc.boolean(),
      rules: fc.array(fc.oneof({ depthSize: 'small' }, rule, tie('group'), fc.constantFrom('and', 'or', 'xor')), {
        maxLength: 4,
      }),
    }),
  })).group

  it('never throw; every refusal names its reason and path; no rule is lost', () => {
    fc.assert(
      fc.property(tree, (query) => {
        figures.inputs += 1
        const parsed = typedOnly(figures, () => parseSegment(query, { catalog })).value
        if (!parsed) return
        for (const i of parsed.issues.filter((x) => x.code === 'import_unsupported')) {
          expect(i.path.length).toBeGreaterThan(0)
          expect(i.message).toMatch(/react-querybuilder|xor|matches everyone|read as/)
        }
        if (!parsed.segment) return
        feedEverywhere(figures, parsed.segment)
        const out = serializeSegment(parsed.segment)
        const fields = JSON.stringify(query).match(/"field":("(?:[^"\\]|\\.)*")/g) ?? []
        for (const f of fields) {
          const name = JSON.parse(f.slice('"field":'.length)) as string
          const kept = out.includes(JSON.stringify(name))
          if (!kept) figures.lost += 1
          expect(kept, `rule on ${JSON.stringify(name)} lost`).toBe(true)
        }
      }),
      params(300),
    )
  })
})

describe('deep nesting at every entry point', () => {
  const figures = area('parse: deep nesting')
  const DEPTH = 20_000
  const group = (inner: unknown) => ({ id: `g${Math.random()}`, kind: 'group', combinator: 'and', children: [inner] })
  const leaf = { id: 'leaf', kind: 'property', property: 'age', operator: 'gt', value: 1 }
  const deepRoot = nest(DEPTH, group, leaf) as Segment['root']
  const deepText = `{"version":1,"id":"d","name":"d","entity":"user","root":${'{"id":"g","kind":"group","combinator":"and","children":['.repeat(DEPTH)}${JSON.stringify(leaf)}${']}'.repeat(DEPTH)}}`
  const deepSegment = { version: 1, id: 'd', name: 'd', entity: 'user', root: deepRoot } as Segment
  const related = nest(
    DEPTH,
    (inner) => ({
      id: `r${Math.random()}`,
      kind: 'related',
      relation: 'account',
      quantifier: 'any',
      where: { id: `w${Math.random()}`, kind: 'group', combinator: 'and', children: [inner] },
    }),
    leaf,
  )
  const rqb = nest(DEPTH, (inner) => ({ combinator: 'and', rules: [inner] }), { field: 'age', operator: '=', value: 1 })
  const opaque = nest(DEPTH, (inner) => ({ x: inner }), 1)
  const cyclic: Record<string, unknown> = { id: 'c', kind: 'group', combinator: 'and' }
  cyclic.children = [cyclic]
  const cases: [string, () => unknown][] = [
    ['parseSegment(deep groups)', () => parseSegment(deepSegment, { catalog })],
    ['parseSegment(deep groups, JSON text)', () => parseSegment(deepText)],
    ['parseSegment(deep groups, no catalog)', () => parseSegment(deepSegment)],
    [
      'parseSegment(deep related)',
      () =>
        parseSegment(
          { ...deepSegment, root: { id: 'r', kind: 'group', combinator: 'and', children: [related] } },
          { catalog },
        ),
    ],
    ['parseSegment(deep version 0)', () => parseSegment(rqb, { catalog })],
    [
      'parseSegment(deep opaque raw)',
      () =>
        parseSegment({
          ...deepSegment,
          root: { id: 'r', kind: 'group', combinator: 'and', children: [{ id: 'o', kind: 'future', raw: opaque }] },
        }),
    ],
    ['parseSegment(cycle)', () => parseSegment({ ...deepSegment, root: cyclic }, { catalog })],
    ['migrateSegmentJson(deep version 0)', () => migrateSegmentJson(rqb as Record<string, unknown>, { catalog })],
    ['validateSegment(deep)', () => validateSegment(deepSegment, catalog)],
    ['serializeSegment(deep)', () => serializeSegment(deepSegment)],
    [
      'serializeSegment(deep opaque)',
      () =>
        serializeSegment({
          ...deepSegment,
          root: {
            id: 'r',
            kind: 'group',
            combinator: 'and',
            children: [{ id: 'o', kind: 'opaque', reason: 'unknown_kind', raw: opaque }],
          },
        } as Segment),
    ],
    ['describeSegment(deep)', () => describeSegment(deepSegment, catalog)],
    ['evaluate(deep)', () => evaluator.evaluate(deepSegment)],
    ['evaluate(cycle)', () => evaluator.evaluate({ ...deepSegment, root: cyclic } as unknown as Segment)],
    ['toSql(deep)', () => toSql(deepSegment, { catalog, dialect: 'postgres' })],
    [
      'toSql(cycle)',
      () => toSql({ ...deepSegment, root: cyclic } as unknown as Segment, { catalog, dialect: 'duckdb' }),
    ],
    [
      'parseCatalog(deep)',
      () =>
        parseCatalog({
          entities: [{ id: 'user', label: 'U', properties: [{ id: 'a', label: 'a', type: 'string', meta: opaque }] }],
        }),
    ],
  ]
  it.each(cases)('%s returns issues or throws SegmentError', (name, f) => {
    figures.inputs += 1
    const out = typedOnly(figures, f)
    if (
      name.startsWith('parseSegment') &&
      out.value !== undefined &&
      typeof out.value === 'object' &&
      out.value !== null &&
      'ok' in out.value
    ) {
      expect(out.value.ok).toBe(false)
    }
  })
})
