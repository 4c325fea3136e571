/**
 * Segments saved in this browser: open, delete (confirmed, refused while
 * another saved segment uses it, undoable), reference from other segments
 * (they join the catalog's segments), and compare up to three of them.
 */
import { type Segment, serializeSegment } from '@segkit/core'
import { useEffect, useRef, useState } from 'react'
import { useLatest } from '../hooks/useLatest.ts'
import { segmentsReferring } from '../lib/segment-references.ts'
import { evaluatorWorker } from '../worker/clients.ts'
import { expectAnswer } from '../worker/worker-client.ts'
import { DeleteSavedSegment } from './DeleteSavedSegment.tsx'

const fmt = new Intl.NumberFormat('en-US')
const MAX_COMPARE = 3
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`)

export function SavedSegments(props: {
  saved: Segment[]
  current: Segment
  asOf: string
  ready: boolean
  dataVersion: number
  onOpen: (segment: Segment) => void
  onDelete: (id: string) => void
  /** The last deleted segment, while it can be brought back. */
  deleted: Segment | undefined
  onUndoDelete: () => void
}) {
  const [chosen, setChosen] = useState<string[]>([])
  const undoRef = useRef<HTMLButtonElement>(null)
  // The deleted row (and its dialog) is gone: focus goes to the undo button that replaces it.
  useEffect(() => {
    if (props.deleted) undoRef.current?.focus()
  }, [props.deleted])
  // The segment being edited can join the comparison too (unless it is saved: then it is listed already).
  const currentIsSaved = props.saved.some((s) => s.id === props.current.id)
  const candidates = currentIsSaved ? props.saved : [...props.saved, props.current]
  const live = chosen.filter((id) => candidates.some((s) => s.id === id))
  const segments = live.flatMap((id) => candidates.filter((s) => s.id === id))
  const compare = useLatest(
    `${props.asOf}|${props.dataVersion}|${segments.map((s) => serializeSegment(s)).join('|')}`,
    props.ready && segments.length > 0
      ? () =>
          evaluatorWorker()
            .request({ type: 'compare', segments, asOf: props.asOf })
            .then((o) => expectAnswer(o, 'compare'))
      : undefined,
    50,
  )
  const nameOf = (id: string) => candidates.find((s) => s.id === id)?.name ?? id
  const toggle = (id: string, on: boolean) => setChosen(on ? [...live, id] : live.filter((x) => x !== id))

  return (
    <div className="tab-body">
      {props.deleted && (
        <div role="status" className="note undo-note" data-testid="undo-delete">
          <p>Deleted “{props.deleted.name}”.</p>
          <button type="button" ref={undoRef} onClick={props.onUndoDelete}>
            Undo
          </button>
        </div>
      )}
      {props.saved.length === 0 ? (
        <p className="muted">
          Nothing saved yet. “Save segment” keeps the current one in this browser; saved segments can then be used in
          “in segment” conditions and compared here.
        </p>
      ) : (
        <ul className="saved-list">
          {props.saved.map((s) => {
            const checked = live.includes(s.id)
            return (
              <li key={s.id} data-current={s.id === props.current.id || undefined}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && live.length >= MAX_COMPARE}
                    onChange={(e) => toggle(s.id, e.target.checked)}
                  />{' '}
                  Compare <span className="visually-hidden">{s.name}</span>
                </label>
                <span className="saved-name">{s.name}</span>
                <button type="button" className="ghost" onClick={() => props.onOpen(s)}>
                  Open<span className="visually-hidden"> {s.name}</span>
                </button>
                <DeleteSavedSegment
                  segment={s}
                  usedBy={segmentsReferring(props.saved, s.id)}
                  usedByCurrent={!currentIsSaved && segmentsReferring([props.current], s.id).length > 0}
                  onDelete={() => props.onDelete(s.id)}
                />
              </li>
            )
          })}
        </ul>
      )}
      {!currentIsSaved && (
        <label className="checkbox compare-current">
          <input
            type="checkbox"
            checked={live.includes(props.current.id)}
            disabled={!live.includes(props.current.id) && live.length >= MAX_COMPARE}
            onChange={(e) => toggle(props.current.id, e.target.checked)}
          />{' '}
          Compare the segment being edited (“{props.current.name}”)
        </label>
      )}
      <p className="muted small">Choose up to {MAX_COMPARE} segments to compare their sizes and overlaps.</p>
      {compare.status === 'error' && <p className="error-text">{compare.message}</p>}
      {compare.status === 'ok' && (
        <div data-testid="compare">
          <table className="params">
            <caption>Sizes</caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">Members</th>
              </tr>
            </thead>
            <tbody>
              {compare.answer.sizes.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{fmt.format(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {compare.answer.overlaps.length > 0 && (
            <table className="params">
              <caption>Overlaps</caption>
              <thead>
                <tr>
                  <th scope="col">Pair</th>
                  <th scope="col">In both</th>
                  <th scope="col">Share of first</th>
                  <th scope="col">Share of second</th>
                </tr>
              </thead>
              <tbody>
                {compare.answer.overlaps.map((o) => {
                  const sizes = compare.answer.sizes
                  const a = sizes.find((s) => s.id === o.a)?.count ?? 0
                  const b = sizes.find((s) => s.id === o.b)?.count ?? 0
                  return (
                    <tr key={`${o.a}-${o.b}`}>
                      <th scope="row">
                        {nameOf(o.a)} ∩ {nameOf(o.b)}
                      </th>
                      <td>{fmt.format(o.both)}</td>
                      <td>{percent(o.both, a)}</td>
                      <td>{percent(o.both, b)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  )
}
