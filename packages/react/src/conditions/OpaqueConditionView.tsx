/** Read-only view of a node the library cannot read: kept as it is, with its reason. */
import type { OpaqueConditionProps } from '../components.ts'
import { useMessages } from '../context.ts'

function rawKind(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'kind' in raw ? String(raw.kind) : '?'
}

/** The default view of an opaque node. */
export function OpaqueConditionView({ node }: OpaqueConditionProps) {
  const m = useMessages()
  return (
    <div data-segkit-part="opaque-condition" data-reason={node.reason}>
      <p data-segkit-part="opaque-reason">
        {node.reason === 'unknown_kind' ? m.opaqueUnknownKind(rawKind(node.raw)) : m.opaqueInvalid}
      </p>
      <details data-segkit-part="opaque-raw">
        <summary>{m.opaqueRaw}</summary>
        <pre>{JSON.stringify(node.raw, null, 2)}</pre>
      </details>
    </div>
  )
}
