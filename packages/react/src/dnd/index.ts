'use client'

/**
 * @segkit/react/dnd — drag and drop for the builder on dnd-kit (pointer and
 * keyboard, screen-reader announcements): `<SegmentBuilder dnd={dragAndDrop} />`.
 * Its own entry so that a builder without drag and drop does not ship dnd-kit.
 */
export { dragAndDrop } from './dnd-kit.tsx'
