/**
 * The segkit demo, laid out as a product's segment page: the builder in the
 * main column, a sticky summary (live count, "as of", the engine check against
 * PostgreSQL on PGlite, plain English) beside it, and the views of the segment
 * (members, explain, SQL, JSON, saved segments and comparisons, time travel) in
 * tabs under the builder. The dataset lives in a worker.
 */
import { previewSegment, type Segment, SegmentError, serializeSegment } from '@segkit/core'
import { toSql } from '@segkit/core/sql'
import { exampleCatalog, FIXTURE_AS_OF, presetSegments } from '@segkit/core/testing'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { DatasetPicker } from './components/DatasetPicker.tsx'
import { type DetailTab, DetailTabs } from './components/DetailTabs.tsx'
import type { SqlMembers } from './components/EngineCheck.tsx'
import { ExplainPanel } from './components/ExplainPanel.tsx'
import { JsonPanel } from './components/JsonPanel.tsx'
import { MembersPanel } from './components/MembersPanel.tsx'
import { SavedSegments } from './components/SavedSegments.tsx'
import { SegmentEditor } from './components/SegmentEditor.tsx'
import { SqlPanel } from './components/SqlPanel.tsx'
import { SummaryPanel } from './components/SummaryPanel.tsx'
import { ThemeToggle } from './components/ThemeToggle.tsx'
import { TimeTravel } from './components/TimeTravel.tsx'
import { useLatest } from './hooks/useLatest.ts'
import { useTheme } from './hooks/useTheme.ts'
import { useEvaluatorData, usePgliteData } from './hooks/useWorkerData.ts'
import { catalogWithSaved, loadSavedSegments, storeSavedSegments, upsertSegment } from './lib/saved-segments.ts'
import { evaluatorWorker, sqlWorker } from './worker/clients.ts'
import { DATASET_SIZES, type DatasetSize } from './worker/protocol.ts'
import { expectAnswer, type Outcome } from './worker/worker-client.ts'

const SAMPLE_SIZE = 20

function initialSize(): DatasetSize {
  const asked = Number(new URLSearchParams(window.location.search).get('users'))
  return DATASET_SIZES.find((n) => n === asked) ?? 10_000
}

function initialSegment(): Segment {
  const first = presetSegments[0]
  if (!first) throw new Error('presetSegments is empty')
  return structuredClone(first.segment)
}

export function App() {
  const [size, setSize] = useState<DatasetSize>(initialSize)
  const [segment, setSegment] = useState<Segment>(initialSegment)
  const [asOf, setAsOf] = useState<string>(FIXTURE_AS_OF)
  const [saved, setSaved] = useState<Segment[]>(loadSavedSegments)
  const [deleted, setDeleted] = useState<{ segment: Segment; index: number } | undefined>(undefined)
  const [tab, setTab] = useState<DetailTab>('members')
  const [explained, setExplained] = useState<string | undefined>(undefined)
  const theme = useTheme()

  const savedKey = saved.map((s) => serializeSegment(s)).join('\n')
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedKey stands for the saved segments' content
  const catalog = useMemo(() => catalogWithSaved(exampleCatalog, saved), [savedKey])
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedKey stands for the saved segments' content
  const builderCatalog = useMemo(() => catalogWithSaved(exampleCatalog, saved, segment.id), [savedKey, segment.id])

  const evaluatorData = useEvaluatorData(size, catalog)
  const pgliteData = usePgliteData(size, catalog)
  const ready = evaluatorData.status === 'ready'
  const dataVersion = evaluatorData.status === 'ready' ? evaluatorData.version : 0
  // What is counted: the segment without the conditions still being filled in (core's previewSegment),
  // so that a half-made row never changes the count; the summary says how many are left out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialized segment stands for its content
  const plan = useMemo(() => previewSegment(segment, catalog), [serializeSegment(segment), catalog])
  const counted = plan.segment
  const segmentKey = serializeSegment(counted)

  const evaluation = useLatest(
    `${size}|${dataVersion}|${asOf}|${segmentKey}`,
    ready
      ? () =>
          evaluatorWorker()
            .request({ type: 'evaluate', segment: counted, asOf, sample: SAMPLE_SIZE })
            .then((outcome) => expectAnswer(outcome, 'evaluate'))
      : undefined,
  )

  const sql = useLatest<SqlMembers>(
    `${size}|${asOf}|${savedKey}|${segmentKey}`,
    pgliteData.status === 'ready'
      ? async (): Promise<Outcome<SqlMembers>> => {
          let query: ReturnType<typeof toSql>
          try {
            query = toSql(counted, { catalog, dialect: 'postgres', asOf })
          } catch (error) {
            const issues = error instanceof SegmentError ? [...error.issues] : []
            return { kind: 'error', message: error instanceof Error ? error.message : String(error), issues }
          }
          const outcome = await sqlWorker().request({
            type: 'query',
            sql: query.sql,
            params: Array.isArray(query.params) ? query.params : [],
          })
          return expectAnswer(outcome, 'query')
        }
      : undefined,
  )

  useEffect(() => {
    storeSavedSegments(saved)
  }, [saved])
  // Keep the chosen size in the address, so a reload or a shared link opens the same dataset.
  useEffect(() => {
    const url = new URL(window.location.href)
    url.searchParams.set('users', String(size))
    window.history.replaceState(null, '', url)
  }, [size])

  const save = useCallback((s: Segment) => setSaved((list) => upsertSegment(list, s)), [])
  const remove = useCallback(
    (id: string) => {
      const index = saved.findIndex((s) => s.id === id)
      const segment = saved[index]
      if (!segment) return
      setDeleted({ segment, index })
      setSaved(saved.filter((s) => s.id !== id))
    },
    [saved],
  )
  const undoDelete = useCallback(() => {
    if (!deleted) return
    const back = deleted.segment
    // Saved again meanwhile (same id): the newer one stays.
    setSaved((list) =>
      list.some((s) => s.id === back.id) ? list : [...list.slice(0, deleted.index), back, ...list.slice(deleted.index)],
    )
    setDeleted(undefined)
  }, [deleted])
  const changeAsOf = useCallback(() => {
    setTab('time')
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="as-of"]')
      input?.scrollIntoView({ block: 'center' })
      input?.focus()
    })
  }, [])

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the builder
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◆
          </span>
          <h1>
            segkit <span className="brand-sub">Segments</span>
          </h1>
        </div>
        <p className="tagline">Build a segment, see who is in it, and check the SQL on a real PostgreSQL.</p>
        <div className="header-tools">
          <DatasetPicker size={size} onSize={setSize} />
          <ThemeToggle choice={theme.choice} onChoice={theme.setChoice} />
        </div>
      </header>
      <main id="main" className="layout">
        <SummaryPanel
          catalog={catalog}
          segment={segment}
          incomplete={new Set(plan.incomplete.map((entry) => entry.nodeId)).size}
          asOf={asOf}
          evaluation={evaluation}
          sql={sql}
          evaluator={evaluatorData}
          pglite={pgliteData}
          onChangeAsOf={changeAsOf}
        />
        <div className="main-column">
          <SegmentEditor
            segment={segment}
            catalog={builderCatalog}
            onChange={setSegment}
            onSave={save}
            saved={saved.some((s) => s.id === segment.id)}
            theme={theme.resolved}
          />
          <DetailTabs
            tab={tab}
            onTab={setTab}
            badges={{ saved: saved.length }}
            panels={{
              members: () => (
                <MembersPanel
                  catalog={catalog}
                  segment={counted}
                  evaluation={evaluation}
                  selected={explained}
                  onPick={(id) => {
                    setExplained(id)
                    setTab('explain')
                  }}
                />
              ),
              explain: () => (
                <ExplainPanel
                  segment={counted}
                  asOf={asOf}
                  entityId={explained}
                  onEntityId={setExplained}
                  ready={ready}
                  dataVersion={dataVersion}
                />
              ),
              sql: () => <SqlPanel segment={counted} catalog={catalog} asOf={asOf} />,
              json: () => <JsonPanel segment={segment} catalog={builderCatalog} onImport={setSegment} />,
              saved: () => (
                <SavedSegments
                  saved={saved}
                  current={segment}
                  asOf={asOf}
                  ready={ready}
                  dataVersion={dataVersion}
                  onOpen={(s) => setSegment(structuredClone(s))}
                  onDelete={remove}
                  deleted={deleted?.segment}
                  onUndoDelete={undoDelete}
                />
              ),
              time: () => (
                <TimeTravel segment={counted} asOf={asOf} onAsOf={setAsOf} ready={ready} dataVersion={dataVersion} />
              ),
            }}
          />
        </div>
      </main>
      <footer className="app-footer">
        <p>
          Data: <code>generateDataset</code> from <code>@segkit/core/testing</code> (seeded,{' '}
          {size.toLocaleString('en-US')} users). Evaluator: <code>@segkit/core/evaluate</code> in a Web Worker. SQL:{' '}
          <code>@segkit/core/sql</code>, run on PGlite in a second worker.
        </p>
      </footer>
    </>
  )
}
