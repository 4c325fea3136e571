import { describe, expect, it } from 'vitest'
import { SegmentError } from '../errors.ts'
import { serializeSegment } from '../json/serialize.ts'
import { createOpaqueNode } from '../model/opaque-node.ts'
import type { Segment } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from './parse-segment.ts'

const doc = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  id: 's1',
  name: 'Hostile',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children },
  ...extra,
})

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']

describe('parseSegment on hostile input', () => {
  it('keeps a node whose kind is named after an Object.prototype member as an unknown kind', () => {
    for (const kind of PROTOTYPE_NAMES) {
      const text = `{"version":1,"id":"s","name":"n","entity":"user","root":{"id":"r","kind":"group","combinator":"and","children":[{"id":"x","kind":${JSON.stringify(kind)}}]}}`
      const result = parseSegment(text, { catalog: exampleCatalog })
      expect(result.ok, kind).toBe(false)
      expect(
        result.issues.map((i) => i.code),
        kind,
      ).toContain('unknown_kind')
      expect(result.segment?.root.children[0]?.kind, kind).toBe('opaque')
    }
  })

  it('does not read a version 0 operator from Object.prototype', () => {
    for (const operator of PROTOTYPE_NAMES) {
      const result = parseSegment({ name: 'v0', rules: [{ field: 'plan', operator, value: 'pro' }] })
      expect(result.ok, operator).toBe(false)
      expect(JSON.stringify(result.issues), operator).not.toContain('function')
      expect(
        result.issues.map((i) => i.code),
        operator,
      ).toContain('import_unsupported')
    }
  })

  it('reports 100,000 nested groups as too deep instead of overflowing the stack', () => {
    let group = '{"id":"g","kind":"group","combinator":"and","children":[]}'
    for (let i = 0; i < 100_000; i++) group = `{"id":"g${i}","kind":"group","combinator":"and","children":[${group}]}`
    const text = `{"version":1,"id":"s","name":"n","entity":"user","root":${group}}`
    const withCatalog = parseSegment(text, { catalog: exampleCatalog })
    const without = parseSegment(text)
    for (const result of [withCatalog, without]) {
      expect(result.ok).toBe(false)
      expect(result.issues.map((i) => i.code)).toEqual(['max_depth'])
    }
  })

  it('reports 1,500 nested groups without a catalog too (depth is a limit of the format, not of the catalog)', () => {
    let group: Record<string, unknown> = { id: 'g', kind: 'group', combinator: 'and', children: [] }
    for (let i = 0; i < 1500; i++) group = { id: `g${i}`, kind: 'group', combinator: 'and', children: [group] }
    const result = parseSegment({ ...doc([]), root: group })
    expect(result.ok).toBe(false)
    expect(result.issues[0]?.code).toBe('max_depth')
  })

  it('reports deep version 0 rules, deep related nodes and deep unknown nodes the same way', () => {
    let rules: Record<string, unknown> = { rules: [] }
    for (let i = 0; i < 50_000; i++) rules = { combinator: 'and', rules: [rules] }
    expect(parseSegment(rules).issues.map((i) => i.code)).toEqual(['max_depth'])
    let related: Record<string, unknown> = { id: 'leaf', kind: 'group', combinator: 'and', children: [] }
    for (let i = 0; i < 20_000; i++) {
      const rel = { id: `r${i}`, kind: 'related', relation: 'account', match: { type: 'any' }, root: related }
      related = { id: `g${i}`, kind: 'group', combinator: 'and', children: [rel] }
    }
    expect(parseSegment({ ...doc([]), root: related }).issues.map((i) => i.code)).toEqual(['max_depth'])
    let raw: unknown = 1
    for (let i = 0; i < 50_000; i++) raw = [raw]
    expect(parseSegment(doc([{ id: 'x', kind: 'future', raw }])).issues.map((i) => i.code)).toEqual(['max_depth'])
  })

  it('reports a cyclic object, a throwing getter, a Proxy and a BigInt with a path, never throwing', () => {
    const cyclic = doc([]) as Record<string, unknown> & { root: { children: unknown[] } }
    cyclic.root.children.push(cyclic.root)
    const getter = doc([
      {
        id: 'p',
        kind: 'property',
        operator: 'eq',
        get property(): string {
          throw new Error('boom')
        },
      },
    ])
    const proxy = doc([
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap')
          },
        },
      ),
    ])
    const bigint = doc([{ id: 'p', kind: 'property', property: 'ltv', operator: 'eq', value: 10n }])
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    for (const [input, code, path] of [
      [cyclic, 'unreadable', ['root', 'children', 0]],
      [getter, 'unreadable', ['root', 'children', 0]],
      [proxy, 'unreadable', ['root', 'children', 0]],
      [bigint, 'invalid_structure', ['root', 'children', 0, 'value']],
      [revoked.proxy, 'unreadable', []],
    ] as const) {
      const result = parseSegment(input, { catalog: exampleCatalog })
      expect(result.ok).toBe(false)
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([[code, path]])
    }
  })

  it('keeps unknown keys at the top, on nodes and inside fields, warns about each, and writes them back', () => {
    const input = doc(
      [
        { id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro', note: 'from sales' },
        {
          id: 'e',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'performed', window: { type: 'ever', label: 'all time' } },
        },
      ],
      { ownerId: 'u-42' },
    )
    const result = parseSegment(input, { catalog: exampleCatalog })
    expect(result.ok).toBe(true)
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['unknown_key', 'warning', ['root', 'children', 0, 'note']],
      ['unknown_key', 'warning', ['root', 'children', 1, 'form', 'window', 'label']],
      ['unknown_key', 'warning', ['ownerId']],
    ])
    expect(JSON.parse(serializeSegment(result.segment as Segment))).toEqual(input)
    expect(JSON.parse(JSON.stringify(result.segment))).toEqual(input)
  })

  it('keeps a key named __proto__ as data, without touching any prototype', () => {
    const text = JSON.stringify(doc([{ id: 'p', kind: 'tag', tag: 'whale', operator: 'has' }])).replace(
      '"kind":"tag"',
      '"kind":"tag","__proto__":{"polluted":true}',
    )
    const result = parseSegment(text, { catalog: exampleCatalog })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const node = result.segment?.root.children[0] as unknown as Record<string, unknown>
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype)
    expect(Object.hasOwn(node, '__proto__')).toBe(true)
    expect(serializeSegment(result.segment as Segment)).toContain('"__proto__":{"polluted":true}')
  })

  it('says that a missing name is required', () => {
    const { name: _name, ...noName } = doc([])
    const result = parseSegment(noName)
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'missing_field', path: ['name'], message: "'name' is required" }),
    ])
  })

  it('refuses texts with NUL or a lone surrogate, and durations beyond the limit, at the field', () => {
    const result = parseSegment(
      doc([
        { id: 'a', kind: 'property', property: 'email', operator: 'eq', value: 'a\u0000b' },
        { id: 'b', kind: 'property', property: 'email', operator: 'eq', value: '\ud800' },
        {
          id: 'c',
          kind: 'property',
          property: 'last_seen_at',
          operator: 'within_last',
          value: { amount: 1e12, unit: 'year' },
        },
        {
          id: 'd',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'regularly', period: { amount: 1, unit: 'minute' }, periods: 1e9, minPeriods: 1 },
        },
      ]),
      { catalog: exampleCatalog },
    )
    expect(result.ok).toBe(false)
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.nodeId, i.field])).toEqual([
      ['invalid_text', 'a', ['value']],
      ['invalid_text', 'b', ['value']],
      ['limit_exceeded', 'c', ['value', 'amount']],
      ['limit_exceeded', 'd', ['form', 'periods']],
    ])
  })

  it('refuses window amounts that are fractional, negative or huge, which validateSegment also refuses', () => {
    for (const amount of [2.5, -3, 1e20, 1e308]) {
      const result = parseSegment(
        doc([
          {
            id: 'e',
            kind: 'event',
            event: 'purchased',
            filters: [],
            form: { type: 'performed', window: { type: 'last', duration: { amount, unit: 'day' } } },
          },
        ]),
        { catalog: exampleCatalog },
      )
      expect(result.ok, String(amount)).toBe(false)
    }
  })
})

describe('opaque nodes and JSON.stringify', () => {
  const unknown = { id: 'x', kind: 'predicted_churn', threshold: 0.8 }

  it('writes an unknown node as its original JSON with a plain JSON.stringify, cycle after cycle', () => {
    let text = JSON.stringify(doc([unknown]))
    for (let cycle = 0; cycle < 3; cycle++) {
      const { segment } = parseSegment(text)
      text = JSON.stringify(segment)
    }
    expect(JSON.parse(text)).toEqual(doc([unknown]))
  })

  it('reads a stored wrapper (a spread or cloned opaque node) back as the node it wraps', () => {
    const wrapped = { id: 'x', kind: 'opaque', reason: 'unknown_kind', raw: { id: 'x', kind: 'opaque', raw: unknown } }
    const { segment } = parseSegment(doc([wrapped]))
    expect(JSON.parse(JSON.stringify(segment))).toEqual(doc([unknown]))
  })

  it('a copy made under a new id writes that id, so it reloads without a duplicate id', () => {
    const node = createOpaqueNode('y', 'unknown_kind', unknown)
    const { segment } = parseSegment(doc([unknown, { ...node }]))
    expect(segment?.root.children.map((c) => c.id)).toEqual(['x', 'y'])
  })

  it('serializeSegment refuses an opaque node built in code deeper than any segment may be, with SegmentError', () => {
    let raw: unknown = 1
    for (let i = 0; i < 10_000; i++) raw = [raw]
    const segment = {
      ...doc([]),
      root: { id: 'root', kind: 'group', combinator: 'and', children: [createOpaqueNode('x', 'unknown_kind', raw)] },
    } as Segment
    expect(() => serializeSegment(segment)).toThrow(SegmentError)
  })
})
