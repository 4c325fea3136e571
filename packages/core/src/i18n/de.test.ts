import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSegment } from '../describe/describe.ts'
import { englishDescribeMessages } from '../describe/messages.ts'
import type { IssueCode } from '../errors.ts'
import { createEvaluator } from '../evaluate/evaluator.ts'
import { englishExplainMessages, formatExplanation } from '../evaluate/explain-text.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { arbitraryDataset, arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { FIXTURE_AS_OF } from '../testing/fixture-time.ts'
import { presetSegments } from '../testing/presets.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { deDescribeMessages, deExplainMessages, deIssueMessages, deMessages } from './de.ts'
import { englishIssueMessages, formatIssue } from './issue-messages.ts'

/** Paths of the leaves of a message set (strings and functions), e.g. `window.last`. */
function leaves(set: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(set)) {
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
    else out.set(`${prefix}${key}`, value)
  }
  return out
}

/** English words that must not be left in a German text (catalog labels such as "Purchased" are allowed). */
const ENGLISH =
  /\b(?:who|whose|had|have|events?|and|or|excluding|where|needed|condition|conditions|ago|last|days?|between|the|not|is|was|of|in the list|tagged|at any time|matches?)\b/

/** Every label of the catalog, longest first: they are the catalog's words, not the messages'. */
const LABELS = [
  ...new Set(
    JSON.stringify(exampleCatalog)
      .match(/"(?:label|pluralLabel)":"[^"]*"/g)!
      .map((m) => JSON.parse(`{${m}}`) as { label?: string; pluralLabel?: string })
      .map((o) => o.label ?? o.pluralLabel ?? ''),
  ),
].sort((a, b) => b.length - a.length)
/** The text without catalog labels and quoted values, with plain spaces. */
const ownWords = (text: string) =>
  LABELS.reduce((t, label) => t.split(label).join('·'), text.replace(/„[^“]*“/g, '·')).replace(/\s/g, ' ')

const userSegments = arbitrarySegment(exampleCatalog, { entity: 'user', maxDepth: 2, maxChildren: 3 })
const accountSegments = arbitrarySegment(exampleCatalog, { entity: 'account', maxDepth: 1, maxChildren: 3 })

/** Keys whose words are signs, the same in every language ("…" for a missing part). */
const LANGUAGE_NEUTRAL = new Set(['notGiven'])

describe('the German messages', () => {
  it.each([
    ['describe', englishDescribeMessages, deDescribeMessages],
    ['explain', englishExplainMessages, deExplainMessages],
    ['issues', englishIssueMessages, deIssueMessages],
  ] as const)('translate every %s key (none is left English)', (_area, english, german) => {
    const en = leaves(english)
    const de = leaves(german)
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort())
    for (const [key, value] of en) {
      expect(typeof de.get(key), key).toBe(typeof value)
      if (!LANGUAGE_NEUTRAL.has(key)) expect(de.get(key), key).not.toBe(value)
    }
  })

  it('word every preset segment and random segments in German, with German numbers and dates', () => {
    const texts = presetSegments.map((p) =>
      describeSegment(p.segment, exampleCatalog, { messages: deMessages.describe, locale: 'de-DE' }),
    )
    expect(texts[0]?.replace(/\s/g, ' ')).toBe(
      'Users, die jemals mindestens 2 „Purchased“-Ereignisse hatten und die in den letzten 40 Tagen kein „Opened App“-Ereignis hatten und deren Summe von Amount der „Purchased“-Ereignisse jemals mehr als 800 $ ist und deren Marketing consent wahr ist',
    )
    for (const text of texts) expect(ownWords(text)).not.toMatch(ENGLISH)
    fc.assert(
      fc.property(fc.oneof(userSegments, accountSegments), (segment) => {
        const text = describeSegment(segment, exampleCatalog, { messages: deDescribeMessages, locale: 'de-DE' })
        expect(ownWords(text)).not.toMatch(ENGLISH)
      }),
      { numRuns: 300, seed: 1 },
    )
  })

  it('word explanations in German', () => {
    const [data] = fc.sample(arbitraryDataset(exampleCatalog, { minUsers: 3, maxUsers: 5, minEvents: 20 }), {
      numRuns: 1,
      seed: 2,
    })
    const evaluator = createEvaluator(exampleCatalog, data!)
    const reasons = (e: { reason: string; children?: readonly { reason: string }[] | undefined }): string[] => [
      e.reason,
      ...(e.children ?? []).flatMap((c) => reasons(c)),
    ]
    fc.assert(
      fc.property(userSegments, (segment) => {
        const tree = evaluator.explain(segment, 'u1', segment.asOf ? {} : { asOf: FIXTURE_AS_OF }).tree
        const german = formatExplanation(tree, segment, exampleCatalog, { messages: deMessages, locale: 'de-DE' })
        for (const reason of reasons(german)) expect(ownWords(reason)).not.toMatch(ENGLISH)
      }),
      { numRuns: 150, seed: 3 },
    )
  })

  it('word the issues of broken segments in German, each from its code', () => {
    const seg = (children: SegmentNode[]): Segment => ({
      version: 1,
      id: 's',
      name: 'S',
      entity: 'user',
      root: { id: 'r', kind: 'group', combinator: 'and', children },
    })
    const issues = validateSegment(
      seg([
        { id: 'a', kind: 'property', property: 'shoe_size', operator: 'eq', value: 1 },
        { id: 'b', kind: 'property', property: 'age', operator: 'between', value: [9, 3] },
        { id: 'c', kind: 'property', property: 'plan', operator: 'eq' },
        { id: 'd', kind: 'list', list: 'nope', operator: 'in' },
        { id: 'e', kind: 'group', combinator: 'or', children: [] },
        { id: 'f', kind: 'event', event: 'nope', filters: [], form: { type: 'performed', window: { type: 'ever' } } },
      ]),
      exampleCatalog,
    )
    const codes = new Set(issues.map((i) => i.code))
    expect(codes).toEqual(
      new Set<IssueCode>([
        'unknown_property',
        'between_order',
        'value_missing',
        'unknown_list',
        'empty_group',
        'unknown_event',
      ]),
    )
    for (const issue of issues) {
      const text = formatIssue(issue, { messages: deIssueMessages })
      expect(text).not.toBe(issue.message)
      expect(text).not.toMatch(/\b(?:Unknown|needs|value|cannot|group|the)\b/)
      expect(formatIssue(issue)).toBe(issue.message)
    }
    expect(formatIssue(issues.find((i) => i.code === 'empty_group')!, { messages: deIssueMessages })).toBe(
      'Diese Gruppe hat keine aktive Bedingung und trifft auf niemanden zu',
    )
  })

  it('word issue params where the issue carries them, and fall back to the own message for an unknown code', () => {
    const issue = {
      path: ['root', 'children', 0, 'property'],
      code: 'unknown_property' as const,
      message: "Unknown property 'shoe_size' on User",
      severity: 'error' as const,
      params: { property: 'shoe_size', entity: 'User' },
    }
    expect(formatIssue(issue, { messages: deIssueMessages })).toBe('Unbekannte Eigenschaft „shoe_size“ von User')
    const future = { ...issue, code: 'from_the_future' as IssueCode, message: 'Something new' }
    expect(formatIssue(future, { messages: deIssueMessages })).toBe('Something new')
    expect(formatIssue(issue, { messages: { unknown_property: (p) => `Eigenschaft ${String(p.property)}?` } })).toBe(
      'Eigenschaft shoe_size?',
    )
  })
})
