/**
 * Time travel: the instant the segment is evaluated at, and who entered or
 * left the segment between an earlier instant and that one.
 */
import { type Segment, serializeSegment } from '@segkit/core'
import { blackFriday, DAY_MS, FIXTURE_AS_OF_MS } from '@segkit/core/testing'
import { useId, useState } from 'react'
import { useLatest } from '../hooks/useLatest.ts'
import { firstInNaturalOrder } from '../lib/natural-order.ts'
import { evaluatorWorker } from '../worker/clients.ts'
import { expectAnswer } from '../worker/worker-client.ts'

const fmt = new Intl.NumberFormat('en-US')
const iso = (ms: number) => new Date(ms).toISOString()
/** `datetime-local` shows minutes; the demo works in UTC. */
const toInput = (isoText: string) => isoText.slice(0, 16)
const fromInput = (value: string) => {
  const ms = Date.parse(`${value}:00.000Z`)
  return Number.isFinite(ms) ? iso(ms) : undefined
}
const dateText = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

const QUICK: { label: string; ms: number }[] = [
  { label: 'Dataset now', ms: FIXTURE_AS_OF_MS },
  { label: 'A day ago', ms: FIXTURE_AS_OF_MS - DAY_MS },
  { label: 'A week ago', ms: FIXTURE_AS_OF_MS - 7 * DAY_MS },
  { label: '30 days ago', ms: FIXTURE_AS_OF_MS - 30 * DAY_MS },
  { label: 'Black Friday 2026', ms: blackFriday(2026) + 12 * 3_600_000 },
]

function InstantInput(props: { label: string; value: string; onChange: (iso: string) => void; testId: string }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="datetime-local"
        data-testid={props.testId}
        value={toInput(props.value)}
        onChange={(e) => {
          const next = fromInput(e.target.value)
          if (next) props.onChange(next)
        }}
      />
    </div>
  )
}

export function TimeTravel(props: {
  segment: Segment
  asOf: string
  onAsOf: (iso: string) => void
  ready: boolean
  dataVersion: number
}) {
  const { segment, asOf } = props
  // "Since" is kept as a distance before "as of", so that moving "as of" moves it along.
  const [lookBackMs, setLookBackMs] = useState(7 * DAY_MS)
  const since = iso(Date.parse(asOf) - lookBackMs)
  const [sinceError, setSinceError] = useState(false)
  const onSince = (value: string) => {
    const back = Date.parse(asOf) - Date.parse(value)
    setSinceError(back <= 0)
    if (back > 0) setLookBackMs(back)
  }
  const changes = useLatest(
    `${since}|${asOf}|${props.dataVersion}|${serializeSegment(segment)}`,
    props.ready
      ? () =>
          evaluatorWorker()
            .request({ type: 'changes', segment, from: since, to: asOf })
            .then((o) => expectAnswer(o, 'changes'))
      : undefined,
    250,
  )
  return (
    <div className="tab-body">
      <p className="muted small">
        Times are UTC. The dataset ends at {dateText.format(FIXTURE_AS_OF_MS)}; nothing after “as of” exists for the
        evaluation.
      </p>
      <InstantInput label="Evaluate as of (UTC)" value={asOf} onChange={props.onAsOf} testId="as-of" />
      <fieldset className="quick">
        <legend>Jump to</legend>
        {QUICK.map((q) => (
          <button
            key={q.label}
            type="button"
            aria-pressed={Date.parse(asOf) === q.ms}
            onClick={() => props.onAsOf(iso(q.ms))}
          >
            {q.label}
          </button>
        ))}
      </fieldset>
      <h3>Entered and left</h3>
      <InstantInput label="Since (UTC)" value={since} onChange={onSince} testId="changes-since" />
      {sinceError && (
        <p role="alert" className="error-text small">
          “Since” must be before “as of”.
        </p>
      )}
      <div aria-live="polite" data-testid="changes">
        {changes.status === 'pending' && <p className="muted small">Comparing…</p>}
        {changes.status === 'error' && <p className="error-text">{changes.message}</p>}
        {changes.status === 'ok' && (
          <>
            <p>
              Between {dateText.format(Date.parse(since))} and {dateText.format(Date.parse(asOf))}:{' '}
              <strong data-testid="entered-count">{fmt.format(changes.answer.entered.length)}</strong> entered,{' '}
              <strong data-testid="left-count">{fmt.format(changes.answer.left.length)}</strong> left.
            </p>
            <ChangeList title="Entered" ids={changes.answer.entered} />
            <ChangeList title="Left" ids={changes.answer.left} />
          </>
        )}
      </div>
    </div>
  )
}

function ChangeList(props: { title: string; ids: string[] }) {
  if (props.ids.length === 0) return null
  const shown = firstInNaturalOrder(props.ids, 12)
  return (
    <p className="small">
      <span className="muted">{props.title}: </span>
      {shown.join(', ')}
      {props.ids.length > shown.length && ` and ${fmt.format(props.ids.length - shown.length)} more`}
    </p>
  )
}
