import type { Issue } from '@segkit/core'
import { describe, expect, it } from 'vitest'
import { issuesUnder, pathInNode, routeIssues } from './issue-routing.ts'

const at = (path: (string | number)[]): Issue => ({ path, code: 'value_missing', message: 'm', severity: 'error' })

describe('issue routing', () => {
  it('reads the path inside the node after its last position in a group', () => {
    expect(pathInNode(at(['root', 'children', 2, 'form', 'window']))).toEqual(['form', 'window'])
    expect(pathInNode(at(['root', 'children', 0, 'root', 'children', 1, 'steps', 0, 'filters', 3, 'value']))).toEqual([
      'steps',
      0,
      'filters',
      3,
      'value',
    ])
  })

  it('sends each issue to the first route that matches and the rest to other', () => {
    const window = at(['root', 'children', 0, 'form', 'window'])
    const value = at(['root', 'children', 0, 'form', 'value'])
    const event = at(['root', 'children', 0, 'event'])
    const stray = at(['root', 'children', 0, 'id'])
    const routed = routeIssues([window, value, event, stray], {
      window: ['form', 'window'],
      form: ['form'],
      event: ['event'],
    })
    expect(routed).toEqual({ window: [window], form: [value], event: [event], other: [stray] })
  })

  it('picks the issues of one filter of one step', () => {
    const mine = at(['root', 'children', 4, 'steps', 1, 'filters', 0, 'value'])
    const otherStep = at(['root', 'children', 4, 'steps', 0, 'filters', 0, 'value'])
    expect(issuesUnder([mine, otherStep], ['steps', 1, 'filters', 0])).toEqual([mine])
  })
})
