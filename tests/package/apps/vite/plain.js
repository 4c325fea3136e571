// Only <SegmentBuilder>: the bundle should hold segkit, zustand and React, and neither dnd-kit nor zod.
import { createEmptySegment } from '@segkit/core'
import { SegmentBuilder } from '@segkit/react'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const catalog = {
  entities: [{ id: 'user', label: 'User', properties: [{ id: 'plan', label: 'Plan', type: 'string' }] }],
  events: [],
}
createRoot(document.getElementById('root')).render(
  createElement(SegmentBuilder, { catalog, defaultValue: createEmptySegment('user') }),
)
