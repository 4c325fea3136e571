/** Dataset size choice (header) and the loading state of both workers (summary). */
import type { LoadState } from '../hooks/useWorkerData.ts'
import { PGLITE_MAX_USERS } from '../hooks/useWorkerData.ts'
import { DATASET_SIZES, type DatasetSize, type DatasetSummary } from '../worker/protocol.ts'
import { LoadProgress } from './LoadProgress.tsx'

const fmt = new Intl.NumberFormat('en-US')
const sizeLabel = (n: number) => (n >= 1000 ? `${n / 1000}k users` : `${n} users`)

export function DatasetPicker(props: { size: DatasetSize; onSize: (size: DatasetSize) => void }) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Generated dataset</legend>
      {DATASET_SIZES.map((n) => (
        <label key={n} className="segmented-option">
          <input
            type="radio"
            name="dataset-size"
            value={n}
            checked={props.size === n}
            onChange={() => props.onSize(n)}
          />
          <span>{sizeLabel(n)}</span>
        </label>
      ))}
    </fieldset>
  )
}

export function DatasetStatus(props: { evaluator: LoadState<DatasetSummary>; pglite: LoadState<{ ms: number }> }) {
  const { evaluator, pglite } = props
  return (
    <div className="dataset-status">
      {evaluator.status === 'loading' && (
        <LoadProgress label="Evaluator" progress={evaluator.progress} testId="evaluator-progress" />
      )}
      {evaluator.status === 'ready' && (
        <p className="muted" data-testid="dataset-summary">
          {fmt.format(evaluator.summary.users)} users, {fmt.format(evaluator.summary.accounts)} accounts,{' '}
          {fmt.format(evaluator.summary.events)} events · generated in {Math.round(evaluator.summary.generateMs)} ms,
          indexed in {Math.round(evaluator.summary.indexMs)} ms
        </p>
      )}
      {evaluator.status === 'error' && <p role="alert">The dataset could not be built: {evaluator.message}</p>}
      {pglite.status === 'loading' && (
        <LoadProgress label="PostgreSQL (PGlite)" progress={pglite.progress} testId="pglite-progress" />
      )}
      {pglite.status === 'ready' && (
        <p className="muted" data-testid="pglite-summary">
          PGlite loaded in {(pglite.summary.ms / 1000).toFixed(1)} s
        </p>
      )}
      {pglite.status === 'off' && (
        <p className="muted">PGlite runs on datasets up to {fmt.format(PGLITE_MAX_USERS)} users.</p>
      )}
      {pglite.status === 'error' && <p role="alert">PGlite could not load the data: {pglite.message}</p>}
    </div>
  )
}
