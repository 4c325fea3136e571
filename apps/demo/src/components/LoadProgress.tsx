/** A labelled progress bar for a worker's loading step. */
import { useId } from 'react'
import type { Progress } from '../worker/protocol.ts'

export function LoadProgress(props: { label: string; progress: Progress; testId: string }) {
  const id = useId()
  return (
    <div className="load-progress" data-testid={props.testId}>
      <label htmlFor={id}>
        {props.label}: {props.progress.label}
      </label>
      <progress id={id} max={1} value={props.progress.fraction} />
    </div>
  )
}
