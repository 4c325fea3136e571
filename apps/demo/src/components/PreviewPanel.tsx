/**
 * Live preview: the member count from the evaluator beside the count of the
 * same segment's SQL run on PGlite (with an agree/disagree badge), a table of
 * sample members, and why a chosen member is in or out.
 */
import type { Catalog, Issue, Segment } from '@segkit/core'
import { useState } from 'react'
import { type LatestState, latestAnswer } from '../hooks/useLatest.ts'
import type { LoadState } from '../hooks/useWorkerData.ts'
import type { EvaluateAnswer } from '../worker/protocol.ts'
import { ExplainPanel } from './ExplainPanel.tsx'
import { IssueList } from './IssueList.tsx'

const fmt = new Intl.NumberFormat('en-US')

/** Members found by running the segment's SQL. */
export interface SqlMembers {
  ids: string[]
  ms: number
}

function agreement(evaluator: string[], sql: string[]): { agree: boolean; onlyEvaluator: number; onlySql: number } {
  const a = new Set(evaluator)
  const b = new Set(sql)
  const onlyEvaluator = evaluator.filter((id) => !b.has(id)).length
  const onlySql = sql.filter((id) => !a.has(id)).length
  return { agree: onlyEvaluator === 0 && onlySql === 0 && a.size === b.size, onlyEvaluator, onlySql }
}

function EngineCheck(props: {
  evaluation: LatestState<EvaluateAnswer>
  sql: LatestState<SqlMembers>
  pglite: LoadState<unknown>
  /** Which segment and instant the badge speaks about (for tests and tools). */
  checkKey: string
}) {
  const { evaluation, sql, pglite, checkKey } = props
  const sqlAnswer = latestAnswer(sql)
  let badge: React.ReactNode = null
  if (pglite.status === 'off') badge = <span className="badge badge-neutral">SQL check off above 10k users</span>
  else if (pglite.status === 'loading') badge = <span className="badge badge-neutral">Loading PGlite…</span>
  else if (evaluation.status === 'ok' && sql.status === 'ok') {
    const a = agreement(evaluation.answer.ids, sql.answer.ids)
    badge = a.agree ? (
      <span className="badge badge-ok" data-testid="engine-agreement" data-agree="true" data-check={checkKey}>
        ✓ Agree: same {fmt.format(evaluation.answer.count)} members
      </span>
    ) : (
      <span className="badge badge-bad" data-testid="engine-agreement" data-agree="false" data-check={checkKey}>
        ✗ Disagree: {a.onlyEvaluator} only in the evaluator, {a.onlySql} only in SQL
      </span>
    )
  } else if (evaluation.status === 'pending' || sql.status === 'pending')
    badge = <span className="badge badge-neutral">Checking…</span>
  return (
    <div className="engine-check">
      <dl className="counts">
        <div>
          <dt>Evaluator</dt>
          <dd data-testid="evaluator-count">
            {evaluation.status === 'ok' ? fmt.format(evaluation.answer.count) : '…'}
          </dd>
        </div>
        <div>
          <dt>PostgreSQL (PGlite)</dt>
          <dd data-testid="pglite-count">
            {pglite.status === 'off' ? 'off' : sql.status === 'ok' ? fmt.format(sql.answer.ids.length) : '…'}
          </dd>
        </div>
      </dl>
      <div aria-live="polite">{badge}</div>
      {sql.status === 'error' && <p className="error-text">SQL failed: {sql.message}</p>}
      {sqlAnswer && sql.status === 'ok' && <p className="muted small">SQL ran in {Math.round(sqlAnswer.ms)} ms</p>}
    </div>
  )
}

export function PreviewPanel(props: {
  catalog: Catalog
  segment: Segment
  asOf: string
  evaluation: LatestState<EvaluateAnswer>
  sql: LatestState<SqlMembers>
  pglite: LoadState<unknown>
  ready: boolean
  dataVersion: number
}) {
  const { evaluation, catalog, segment } = props
  const [selected, setSelected] = useState<string | undefined>(undefined)
  const answer = latestAnswer(evaluation)
  const entity = catalog.entities.find((e) => e.id === segment.entity)
  const plural = (entity?.pluralLabel ?? segment.entity).toLowerCase()
  const columns = answer?.sample[0] ? Object.keys(answer.sample[0].cells) : []
  const label = (column: string) => entity?.properties.find((p) => p.id === column)?.label ?? column
  const issues: Issue[] = evaluation.status === 'error' ? evaluation.issues : []

  return (
    <section className="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Live preview</h2>
      {!props.ready && <p className="muted">Waiting for the dataset…</p>}
      <p className="member-count" aria-live="polite" data-testid="member-count" data-state={evaluation.status}>
        <span className="member-count-number">{answer ? fmt.format(answer.count) : '–'}</span>{' '}
        <span>{plural} in the segment</span>
        {evaluation.status === 'pending' && <span className="muted small"> · updating…</span>}
        {evaluation.status === 'ok' && (
          <span className="muted small"> · evaluated in {Math.max(1, Math.round(evaluation.answer.ms))} ms</span>
        )}
      </p>
      {evaluation.status === 'error' && (
        <div role="alert" className="alert">
          <p>This segment cannot be evaluated yet.</p>
          {issues.length > 0 ? <IssueList issues={issues} /> : <p>{evaluation.message}</p>}
        </div>
      )}
      <EngineCheck
        evaluation={evaluation}
        sql={props.sql}
        pglite={props.pglite}
        checkKey={`${segment.id}@${props.asOf}`}
      />
      {answer && answer.sample.length > 0 && (
        <div className="table-wrap">
          <table className="members">
            <caption>
              First {answer.sample.length} of {fmt.format(answer.count)} members — pick one to see why
            </caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {label(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.sample.map((row) => (
                <tr key={row.id} data-selected={row.id === selected || undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={row.id === selected}
                      onClick={() => setSelected(row.id === selected ? undefined : row.id)}
                    >
                      {row.id}
                    </button>
                  </th>
                  {columns.map((c) => (
                    <td key={c}>{formatCell(row.cells[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExplainPanel
        segment={segment}
        asOf={props.asOf}
        entityId={selected}
        onEntityId={setSelected}
        ready={props.ready}
        dataVersion={props.dataVersion}
      />
    </section>
  )
}

function formatCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'number') return fmt.format(value)
  return String(value)
}
