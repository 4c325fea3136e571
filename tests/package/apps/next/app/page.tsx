// A Server Component: it reads the catalog and describes a segment on the server, and renders the
// builder (a Client Component through @segkit/react's 'use client') with serialisable props only.
import { describeSegment, validateSegment } from '@segkit/core'
import { exampleCatalog, presetSegments } from '@segkit/core/testing'
import { SegmentBuilder } from '@segkit/react'
import { Editor } from './editor'

export const dynamic = 'force-dynamic'

export default function Page() {
  const preset = presetSegments[0]
  if (!preset) throw new Error('no preset segment')
  return (
    <main>
      <h1>segkit in Next.js</h1>
      <p data-testid="description">{describeSegment(preset.segment, exampleCatalog)}</p>
      <p data-testid="issues">{validateSegment(preset.segment, exampleCatalog).length} issues</p>
      <SegmentBuilder catalog={exampleCatalog} defaultValue={preset.segment} readOnly aria-label="Read-only builder" />
      <Editor catalog={exampleCatalog} initial={preset.segment} />
    </main>
  )
}
