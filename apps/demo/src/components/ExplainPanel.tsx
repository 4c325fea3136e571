/** Why one entity is in or out: the evaluator's explanation tree, node by node. */
import { type Segment, serializeSegment } from '@segkit/core'
import type { Explanation } from '@segkit/core/evaluate'
import { useId, useState } from 'react'
import { useLatest } from '../hooks/useLatest.ts'
import { evaluatorWorker } from '../worker/clients.ts'
import { expectAnswer } from '../worker/worker-client.ts'

function ExplanationNode(props: { node: Explanation }) {
  const { node } = props
  const state = node.skipped ? 'skipped' : node.matched ? 'true' : 'false'
  return (
    <li data-matched={state}>
      <span className="verdict" aria-hidden="true">
        {node.skipped ? '–' : node.matched ? '✓' : '✗'}
      </span>
      <span className="visually-hidden">{node.skipped ? 'Skipped: ' : node.matched ? 'True: ' : 'False: '}</span>
      {node.reason}
      {node.children && node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <ExplanationNode key={child.nodeId} node={child} />
          ))}
        </ul>
      )}
    </li>
  )
}

export function ExplainPanel(props: {
  segment: Segment
  asOf: string
  entityId: string | undefined
  onEntityId: (id: string | undefined) => void
  ready: boolean
  dataVersion: number
}) {
  const inputId = useId()
  const [draft, setDraft] = useState('')
  const { entityId, segment, asOf } = props
  const key = `${entityId}|${asOf}|${props.dataVersion}|${serializeSegment(segment)}`
  const state = useLatest(
    key,
    entityId && props.ready
      ? () =>
          evaluatorWorker()
            .request({ type: 'explain', segment, entityId, asOf })
            .then((o) => expectAnswer(o, 'explain'))
      : undefined,
    50,
  )
  return (
    <div className="tab-body">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          props.onEntityId(draft.trim() || undefined)
        }}
      >
        <label htmlFor={inputId}>Entity id</label>
        <input id={inputId} value={draft} placeholder={entityId ?? 'u42'} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Explain</button>
      </form>
      {!entityId && (
        <p className="muted small">Pick a member in the Members tab, or type any id (members and non-members).</p>
      )}
      {state.status === 'pending' && <p className="muted small">Explaining…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
      {state.status === 'ok' && (
        <div data-testid="explanation">
          <p>
            <strong>{state.answer.explanation.entityId}</strong> is{' '}
            <span className={state.answer.explanation.matched ? 'badge badge-ok' : 'badge badge-bad'}>
              {state.answer.explanation.matched ? 'in the segment' : 'not in the segment'}
            </span>
            {!state.answer.explanation.exists && ' (did not exist yet at this time)'}
          </p>
          <ul className="explanation-tree">
            <ExplanationNode node={state.answer.explanation.tree} />
          </ul>
        </div>
      )}
    </div>
  )
}
