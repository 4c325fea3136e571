'use client'
// A Client Component of the host app: controlled builder with drag and drop and a JSON mirror.
import type { Catalog, Segment } from '@segkit/core'
import { SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { useState } from 'react'

export function Editor({ catalog, initial }: { catalog: Catalog; initial: Segment }) {
  const [segment, setSegment] = useState(initial)
  return (
    <>
      <SegmentBuilder
        catalog={catalog}
        value={segment}
        onChange={setSegment}
        dnd={dragAndDrop}
        aria-label="Segment builder"
      />
      <output data-testid="conditions">{segment.root.children.length}</output>
    </>
  )
}
