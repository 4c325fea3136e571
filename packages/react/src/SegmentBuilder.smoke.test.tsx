import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen } from '@testing-library/react'
import { SegmentBuilder } from './index.ts'

const segment: Segment = {
  version: 1,
  id: 's1',
  name: 'Pro users',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
  },
}

describe('SegmentBuilder smoke', () => {
  it('renders a segment with one property condition', () => {
    render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    expect(screen.getByRole('region', { name: 'Segment rules' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Property: Plan' })).toBeInTheDocument()
  })
})
