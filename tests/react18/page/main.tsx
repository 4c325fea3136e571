/**
 * A page that renders the builder on React 18: the test bundles it with `react`
 * and `react-dom` aliased to React 18.3 and drives it in Chromium.
 */
import { createEmptySegment, type Segment } from '@segkit/core'
import { exampleCatalog, presetSegments } from '@segkit/core/testing'
import { SegmentBuilder, SegmentPreview } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import '@segkit/react/styles.css'
import { StrictMode, useState, version } from 'react'
import { createRoot } from 'react-dom/client'

function App() {
  const [segment, setSegment] = useState<Segment>(() => createEmptySegment('user', { id: 'react18', name: 'React 18' }))
  return (
    <main>
      <h1>React {version}</h1>
      <SegmentBuilder
        dnd={dragAndDrop}
        catalog={exampleCatalog}
        value={segment}
        onChange={setSegment}
        aria-label="Segment builder"
      >
        <SegmentPreview debounceMs={0} evaluate={async (s) => ({ count: s.root.children.length, sample: [] })} />
      </SegmentBuilder>
      <output data-testid="json">{JSON.stringify(segment)}</output>
      <h2>Every preset</h2>
      {presetSegments.map((preset) => (
        <SegmentBuilder
          key={preset.id}
          dnd={dragAndDrop}
          catalog={exampleCatalog}
          defaultValue={preset.segment}
          aria-label={preset.name}
        />
      ))}
    </main>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
