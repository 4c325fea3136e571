/** The first members of the segment; picking one explains why they are in. */
import { type Catalog, formatPropertyValue, type Segment } from '@segkit/core'
import { type LatestState, latestAnswer } from '../hooks/useLatest.ts'
import type { EvaluateAnswer } from '../worker/protocol.ts'

const fmt = new Intl.NumberFormat('en-US')

export function MembersPanel(props: {
  catalog: Catalog
  segment: Segment
  evaluation: LatestState<EvaluateAnswer>
  selected: string | undefined
  onPick: (id: string) => void
}) {
  const { catalog, segment, evaluation } = props
  const answer = evaluation.status === 'error' ? undefined : latestAnswer(evaluation)
  const entity = catalog.entities.find((e) => e.id === segment.entity)
  const columns = answer?.sample[0] ? Object.keys(answer.sample[0].cells) : []
  const property = (column: string) => entity?.properties.find((p) => p.id === column)
  const label = (column: string) => property(column)?.label ?? column
  if (!answer) return <p className="muted">{evaluation.status === 'error' ? 'No members to show.' : 'Loading…'}</p>
  if (answer.sample.length === 0) return <p className="muted">Nobody is in this segment at this instant.</p>
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" tabIndex={0} aria-label="Members table">
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
            <tr key={row.id} data-selected={row.id === props.selected || undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.id === props.selected}
                  onClick={() => props.onPick(row.id)}
                >
                  {row.id}
                </button>
              </th>
              {columns.map((c) => {
                const text = formatPropertyValue(row.cells[c], property(c))
                return (
                  <td key={c} title={text.length > 40 ? text : undefined}>
                    {text}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
