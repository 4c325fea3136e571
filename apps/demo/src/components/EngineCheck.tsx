/**
 * The evaluator's count beside the count of the same segment's SQL run on
 * PGlite, with a badge that compares the member ids (not only the counts).
 */
import type { LatestState } from '../hooks/useLatest.ts'
import { latestAnswer } from '../hooks/useLatest.ts'
import type { LoadState } from '../hooks/useWorkerData.ts'
import type { EvaluateAnswer } from '../worker/protocol.ts'

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

export function EngineCheck(props: {
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
      <div aria-live="polite" className="engine-badge">
        {badge}
      </div>
      {sql.status === 'error' && <p className="error-text small">SQL failed: {sql.message}</p>}
      {sqlAnswer && sql.status === 'ok' && <p className="muted small">SQL ran in {Math.round(sqlAnswer.ms)} ms</p>}
    </div>
  )
}
