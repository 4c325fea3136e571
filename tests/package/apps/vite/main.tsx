// A Vite + React 19 app with its own catalog: the builder with drag and drop, the SQL compiler and
// the evaluator, all from the installed tarballs.
import { type Catalog, createEmptySegment, type Segment, validateSegment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { toSql } from '@segkit/core/sql'
import { SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import '@segkit/react/styles.css'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

const catalog: Catalog = {
  entities: [
    {
      id: 'account',
      label: 'Account',
      properties: [
        {
          id: 'tier',
          label: 'Tier',
          type: 'enum',
          options: [
            { value: 'smb', label: 'SMB' },
            { value: 'ent', label: 'Enterprise' },
          ],
        },
        { id: 'seats', label: 'Seats', type: 'number' },
      ],
    },
  ],
  events: [
    {
      id: 'invoice_paid',
      label: 'Invoice paid',
      entity: 'account',
      properties: [{ id: 'amount', label: 'Amount', type: 'number' }],
    },
  ],
}

function App() {
  const [segment, setSegment] = useState<Segment>(() => createEmptySegment('account', { id: 'vite-consumer-segment' }))
  const issues = validateSegment(segment, catalog)
  return (
    <main>
      <SegmentBuilder
        catalog={catalog}
        value={segment}
        onChange={setSegment}
        dnd={dragAndDrop}
        aria-label="Segment builder"
      />
      <output data-testid="issues">{issues.length}</output>
      <pre data-testid="sql">{toSql(segment, { catalog, dialect: 'postgres' }).sql}</pre>
      <output data-testid="count">
        {createEvaluator(catalog, { entities: { account: [] }, events: [] }).evaluate(segment).count}
      </output>
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
