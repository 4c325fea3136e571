// <SegmentBuilder dnd={dragAndDrop}>: dnd-kit joins the bundle, zod still does not.
import { createEmptySegment } from '@segkit/core'
import { SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const catalog = {
  entities: [{ id: 'user', label: 'User', properties: [{ id: 'plan', label: 'Plan', type: 'string' }] }],
  events: [],
}
createRoot(document.getElementById('root')).render(
  createElement(SegmentBuilder, { catalog, defaultValue: createEmptySegment('user'), dnd: dragAndDrop }),
)
