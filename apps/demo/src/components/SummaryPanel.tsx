/**
 * The sticky summary beside the builder: how many are in the segment and at
 * which instant ("as of"), the engine check, the segment in plain English and
 * the dataset's state. It stays in view while the segment is edited.
 */
import { type Catalog, describeSegment, type Issue, type Segment } from '@segkit/core'
import type { LatestState } from '../hooks/useLatest.ts'
import { latestAnswer } from '../hooks/useLatest.ts'
import type { LoadState } from '../hooks/useWorkerData.ts'
import type { DatasetSummary, EvaluateAnswer } from '../worker/protocol.ts'
import { DatasetStatus } from './DatasetPicker.tsx'
import { EngineCheck, type SqlMembers } from './EngineCheck.tsx'
import { IssueList } from './IssueList.tsx'

const fmt = new Intl.NumberFormat('en-US')
const asOfText = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

function describe(segment: Segment, catalog: Catalog): string {
  try {
    return describeSegment(segment, catalog)
  } catch (error) {
    return `This segment cannot be described yet: ${error instanceof Error ? error.message : String(error)}`
  }
}

export function SummaryPanel(props: {
  catalog: Catalog
  segment: Segment
  /** Incomplete conditions left out of the count (core's previewSegment). */
  incomplete: number
  asOf: string
  evaluation: LatestState<EvaluateAnswer>
  sql: LatestState<SqlMembers>
  evaluator: LoadState<DatasetSummary>
  pglite: LoadState<{ ms: number }>
  onChangeAsOf: () => void
}) {
  const { evaluation, catalog, segment } = props
  const answer = latestAnswer(evaluation)
  const entity = catalog.entities.find((e) => e.id === segment.entity)
  const plural = (entity?.pluralLabel ?? segment.entity).toLowerCase()
  const issues: Issue[] = evaluation.status === 'error' ? evaluation.issues : []
  // An answer kept from an older segment is not shown beside an error (it would be about another segment).
  const shown = evaluation.status === 'error' ? undefined : answer

  return (
    <aside className="summary" aria-labelledby="summary-heading" data-segment-id={segment.id}>
      <div className="summary-head card">
        <h2 id="summary-heading" className="eyebrow">
          Live preview
        </h2>
        <p className="member-count" aria-live="polite" data-testid="member-count" data-state={evaluation.status}>
          <span className="member-count-number">{shown ? fmt.format(shown.count) : '–'}</span>{' '}
          <span className="member-count-unit">{plural}</span>
          {evaluation.status === 'pending' && <span className="muted small"> updating…</span>}
          {evaluation.status === 'ok' && (
            <span className="muted small"> in {Math.max(1, Math.round(evaluation.answer.ms))} ms</span>
          )}
        </p>
        {props.incomplete > 0 && (
          <p className="incomplete-note muted small" data-testid="incomplete-note">
            {props.incomplete === 1
              ? '1 incomplete condition is not counted yet'
              : `${props.incomplete} incomplete conditions are not counted yet`}
          </p>
        )}
        <p className="as-of">
          <span className="muted">as of</span>{' '}
          <time dateTime={props.asOf} data-testid="as-of-text">
            {asOfText.format(Date.parse(props.asOf))} UTC
          </time>{' '}
          <button type="button" className="text-button" onClick={props.onChangeAsOf}>
            Change<span className="visually-hidden"> the instant</span>
          </button>
        </p>
        {props.evaluator.status !== 'ready' && props.evaluator.status !== 'error' && (
          <p className="muted small">Waiting for the dataset…</p>
        )}
        {evaluation.status === 'error' && (
          <div role="alert" className="alert alert-compact">
            <p>This segment cannot be evaluated yet.</p>
            {issues.length > 0 ? <IssueList issues={issues} /> : <p>{evaluation.message}</p>}
          </div>
        )}
      </div>
      <div className="summary-details card">
        <EngineCheck
          evaluation={evaluation}
          sql={props.sql}
          pglite={props.pglite}
          checkKey={`${segment.id}@${props.asOf}`}
        />
        <h3 className="eyebrow">In plain English</h3>
        <p className="description" data-testid="description">
          {describe(segment, catalog)}
        </p>
        <h3 className="eyebrow">Data</h3>
        <DatasetStatus evaluator={props.evaluator} pglite={props.pglite} />
      </div>
    </aside>
  )
}
