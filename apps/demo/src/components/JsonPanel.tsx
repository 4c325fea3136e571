/**
 * The segment as JSON: copy, download, and import from a file or pasted text.
 * Imports go through `parseSegment` with the catalog; problems are listed with
 * their paths. A document is imported when its only errors are nodes of an
 * unknown kind, which `parseSegment` keeps as they are (opaque nodes that write
 * back unchanged); any other error leaves the current segment as it was.
 */
import { type Catalog, type Issue, parseSegment, type Segment, serializeSegment } from '@segkit/core'
import { useId, useState } from 'react'
import { counted } from '../lib/plural.ts'
import { CodeBlock } from './CodeBlock.tsx'
import { CopyButton } from './CopyButton.tsx'
import { IssueList } from './IssueList.tsx'

type ImportState =
  | { status: 'none' }
  | { status: 'ok'; name: string; issues: Issue[] }
  | { status: 'invalid'; source: string; issues: Issue[] }

/** Warnings, and unknown node kinds (kept as opaque nodes), do not stop an import. */
const keptAsItIs = (issue: Issue) => issue.severity !== 'error' || issue.code === 'unknown_kind'

export function JsonPanel(props: { segment: Segment; catalog: Catalog; onImport: (segment: Segment) => void }) {
  const json = serializeSegment(props.segment, { pretty: true })
  const fileId = useId()
  const pasteId = useId()
  const [pasted, setPasted] = useState('')
  const [result, setResult] = useState<ImportState>({ status: 'none' })

  const importText = (text: string, source: string) => {
    const parsed = parseSegment(text, { catalog: props.catalog })
    if (parsed.segment && parsed.issues.every(keptAsItIs)) {
      props.onImport(parsed.segment)
      setResult({ status: 'ok', name: parsed.segment.name, issues: parsed.issues })
    } else setResult({ status: 'invalid', source, issues: parsed.issues })
  }

  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${props.segment.id}.segment.json`
    a.click()
    URL.revokeObjectURL(url)
  }

  return (
    <div className="tab-body">
      <div className="toolbar">
        <CopyButton text={json} label="Copy JSON" />
        <button type="button" onClick={download}>
          Download
        </button>
      </div>
      <CodeBlock label="Segment JSON" text={json} testId="segment-json" />
      <h3>Import</h3>
      <div className="import-grid">
        <div>
          <label htmlFor={fileId}>Import a JSON file</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={async (event) => {
              const file = event.target.files?.[0]
              if (file) importText(await file.text(), file.name)
              event.target.value = ''
            }}
          />
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            importText(pasted, 'pasted text')
          }}
        >
          <label htmlFor={pasteId}>Or paste JSON</label>
          <textarea
            id={pasteId}
            rows={4}
            value={pasted}
            spellCheck={false}
            onChange={(e) => setPasted(e.target.value)}
          />
          <button type="submit" disabled={pasted.trim() === ''}>
            Import pasted JSON
          </button>
        </form>
      </div>
      {result.status === 'invalid' && (
        <div role="alert" className="alert" data-testid="import-errors">
          <p>
            Could not import {result.source}:{' '}
            {counted(result.issues.filter((i) => i.severity === 'error').length, 'problem', 'problems')}. The current
            segment is unchanged.
          </p>
          <IssueList issues={result.issues} />
        </div>
      )}
      {result.status === 'ok' && (
        <div role="status" className="note" data-testid="import-done">
          <p>
            Imported “{result.name}”
            {result.issues.length > 0 &&
              ` with ${counted(result.issues.length, 'problem', 'problems')}; what segkit does not know is kept as it is`}
            .
          </p>
          {result.issues.length > 0 && <IssueList issues={result.issues} />}
        </div>
      )}
    </div>
  )
}
