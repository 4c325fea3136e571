import { type Issue, type Segment, validateSegment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { describe, expect, it } from 'vitest'
import { issueField, issuesUnder, routeIssues, splitIssues } from './field-issues.ts'

const at = (field: (string | number)[] | undefined, path: (string | number)[] = ['root']): Issue => ({
  path,
  ...(field ? { nodeId: 'n', field } : {}),
  code: 'value_missing',
  message: 'm',
  severity: 'error',
})

describe('issues placed by the field core names (Issue.field), one router', () => {
  it('sends each issue to the first route its field starts with, and the rest to other', () => {
    const window = at(['form', 'window'])
    const value = at(['form', 'value'])
    const event = at(['event'])
    const stray = at(['id'])
    const routed = routeIssues([window, value, event, stray], {
      window: ['form', 'window'],
      form: ['form'],
      event: ['event'],
    })
    expect(routed).toEqual({ window: [window], form: [value], event: [event], other: [stray] })
  })

  it('reads the field, not the path: an issue of no node stays with the rest even if its path ends in a field name', () => {
    const documentName = at(undefined, ['name'])
    expect(issueField(documentName)).toBeUndefined()
    expect(splitIssues([documentName], ['name']).other).toEqual([documentName])
    expect(routeIssues([documentName], { name: ['name'] }).other).toEqual([documentName])
  })

  it('picks the issues of one filter of one step', () => {
    const mine = at(['steps', 1, 'filters', 0, 'value'])
    const otherStep = at(['steps', 0, 'filters', 0, 'value'])
    expect(issuesUnder([mine, otherStep], ['steps', 1, 'filters', 0])).toEqual([mine])
    expect(issueField(mine)).toBe('value')
  })

  it('given real issues of validateSegment, then each lands on the field of its node (a nested step filter and a property value)', () => {
    const segment: Segment = {
      version: 1,
      id: 's',
      name: 'S',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [
          { id: 'p', kind: 'property', property: 'age', operator: 'eq' },
          {
            id: 'q',
            kind: 'sequence',
            window: { type: 'ever' },
            steps: [
              { id: 'a', event: 'viewed_product', filters: [] },
              { id: 'b', event: 'purchased', filters: [{ id: 'f', property: 'amount', operator: 'gt' }] },
            ],
          },
        ],
      },
    }
    const issues = validateSegment(segment, exampleCatalog)
    const ofProperty = splitIssues(
      issues.filter((i) => i.nodeId === 'p'),
      ['value'],
    )
    expect(ofProperty.value.map((i) => i.code)).toEqual(['value_missing'])
    const ofStepFilter = issuesUnder(
      issues.filter((i) => i.nodeId === 'q'),
      ['steps', 1, 'filters', 0],
    )
    expect(ofStepFilter.map((i) => [i.code, issueField(i)])).toEqual([['value_missing', 'value']])
  })
})
