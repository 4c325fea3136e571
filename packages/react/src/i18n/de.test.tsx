/**
 * The German builder messages are complete: every key of the English defaults has a German
 * text of the same kind (string, function, nested set), and only words that are the same in
 * both languages are left as they are. Core's German sets cover every English key too.
 */
import {
  deDescribeMessages,
  deExplainMessages,
  deIssueMessages,
  describeNode,
  englishDescribeMessages,
  englishExplainMessages,
  englishIssueMessages,
  type Issue,
  type Segment,
  type SegmentNode,
} from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { defaultMessages } from '../messages.ts'
import { SegmentBuilder } from '../SegmentBuilder.tsx'
import { deBuilderMessages } from './de.ts'

/** Leaves of a message set by dotted path. */
function leaves(set: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(set)) {
    // The describe options hold core's describe messages, compared with core's English set below.
    if (prefix === '' && key === 'describe') continue
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
    else out.set(`${prefix}${key}`, value)
  }
  return out
}

/** Texts that are the same word in German. */
const SAME_IN_GERMAN = new Set(['Segment', 'Tag', 'Tags', 'Operator'])

describe('German builder messages', () => {
  const en = leaves(defaultMessages)
  const de = leaves(deBuilderMessages)

  it('has a German text for every English key, of the same kind', () => {
    const missing = [...en.keys()].filter((key) => !de.has(key) || typeof de.get(key) !== typeof en.get(key))
    expect(missing).toEqual([])
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([])
    expect(en.size).toBeGreaterThan(250)
  })

  it('translates every string (none left in English)', () => {
    const untranslated = [...en].filter(
      ([key, text]) => typeof text === 'string' && de.get(key) === text && !SAME_IN_GERMAN.has(text),
    )
    expect(untranslated).toEqual([])
    const empty = [...de].filter(([, text]) => text === '')
    expect(empty).toEqual([])
  })

  it('translates every parametric string', () => {
    const samples: Record<string, unknown[]> = { issue: [] }
    const same = [...en].filter(([key, fn]) => {
      if (typeof fn !== 'function' || key in samples) return false
      const args = fn.length === 3 ? ['Plan', 2, 'Alle'] : [2]
      return (fn as (...a: unknown[]) => string)(...args) === (de.get(key) as (...a: unknown[]) => string)(...args)
    })
    expect(same.map(([key]) => key)).toEqual([])
  })

  it('shows validation issues with core’s German texts', () => {
    const issue: Issue = {
      code: 'between_order',
      path: ['root', 'children', 0, 'value'],
      severity: 'error',
      message: 'The minimum 40 is above the maximum 30',
      params: { min: 40, max: 30 },
    }
    const text = deBuilderMessages.issue(issue)
    expect(text).not.toBe(issue.message)
    expect(text).toContain('40')
  })

  it('core’s German sets cover every English key (issues, descriptions, explanations)', () => {
    for (const [english, german] of [
      [englishIssueMessages, deIssueMessages],
      [englishDescribeMessages, deDescribeMessages],
      [englishExplainMessages, deExplainMessages],
    ] as const) {
      const g = leaves(german)
      expect([...leaves(english).keys()].filter((key) => !g.has(key))).toEqual([])
    }
  })
})

describe('the German builder in read-only mode', () => {
  it("reads each condition, and a folded group, as a German sentence (core's German describe messages)", () => {
    const plan = { id: 'c_plan', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' } as const
    const folded: SegmentNode = {
      id: 'g',
      kind: 'group',
      combinator: 'or',
      collapsed: true,
      children: [{ id: 'c_whale', kind: 'tag', tag: 'whale', operator: 'has' }],
    }
    const segment: Segment = {
      version: 1,
      id: 's',
      name: 'S',
      entity: 'user',
      root: { id: 'root', kind: 'group', combinator: 'and', children: [plan, folded] },
    }
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment} readOnly messages={deBuilderMessages} />,
    )
    const german = describeNode(plan, exampleCatalog, 'user', deBuilderMessages.describe)
    expect(german).not.toBe(describeNode(plan, exampleCatalog, 'user'))
    expect(container.querySelector('[data-node-id="c_plan"] [data-segkit-part="condition-text"]')).toHaveTextContent(
      german,
    )
    expect(container.querySelector('[data-group-id="g"] [data-segkit-part="group-summary"]')).toHaveTextContent(
      describeNode(folded, exampleCatalog, 'user', deBuilderMessages.describe),
    )
  })
})
