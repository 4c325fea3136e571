/**
 * What can be kept of a value that should be a segment but may not be one (a
 * prop from storage, a form library or `any`-typed code), without zod: the shape
 * check (`inspectSegmentShape`) finds the malformed nodes, and each becomes an
 * opaque node holding its raw value and the reason, so the rest stays usable.
 * `parseSegment` does more (migrates older versions, reads JSON text, checks
 * meaning against a catalog); this is the cheap path the builder takes for its
 * `value` prop, and it keeps zod out of the builder's bundle.
 */
import type { Issue } from '../errors.ts'
import { createOpaqueNode } from '../model/opaque-node.ts'
import type { Group, RelatedCondition, Segment, SegmentNode } from '../model/segment.ts'
import type { Path } from './issues.ts'
import { inspectSegmentShape, type ShapeOptions, shapePathKey } from './segment-shape.ts'

/** What `salvageSegment` kept: the segment (absent when nothing of it is usable) and every shape issue. */
export interface SalvagedSegment {
  /** The segment, with each malformed node replaced by an opaque node; absent when the document itself is broken. */
  segment: Segment | undefined
  /** The shape issues (errors and warnings) with their paths. */
  issues: Issue[]
}

type Rec = Record<string, unknown>
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)

class Salvager {
  readonly ids = new Set<string>()
  constructor(readonly malformed: ReadonlySet<string>) {}

  bad(path: Path): boolean {
    return this.malformed.has(shapePathKey(path))
  }

  /** An opaque node for the raw value at `path`, under its own id unless that id is taken or missing. */
  opaque(raw: unknown, path: Path): SegmentNode {
    const own = isRecord(raw) && Object.hasOwn(raw, 'id') ? raw.id : undefined
    const id =
      typeof own === 'string' && own !== '' && !this.ids.has(own) ? own : `invalid${path.map((p) => `-${p}`).join('')}`
    this.ids.add(id)
    return createOpaqueNode(id, 'invalid', raw)
  }

  group(raw: Group, path: Path): Group {
    this.ids.add(raw.id)
    return { ...raw, children: raw.children.map((child, i) => this.node(child, [...path, 'children', i])) }
  }

  node(raw: unknown, path: Path): SegmentNode {
    if (this.bad(path)) return this.opaque(raw, path)
    const node = raw as SegmentNode
    switch (node.kind) {
      case 'group':
        return this.group(node, path)
      case 'related': {
        if (this.bad([...path, 'root'])) return this.opaque(raw, path)
        const related: RelatedCondition = { ...node, root: this.group(node.root, [...path, 'root']) }
        this.ids.add(node.id)
        return related
      }
      default:
        this.ids.add(node.id)
        return node
    }
  }
}

/**
 * Keeps what is sound of `value`: the value itself when its shape is sound (the
 * same object, not a copy), otherwise a copy whose malformed nodes are opaque
 * nodes (reason `invalid`; their issues say why). `segment` is absent when the
 * document's own fields or its root group are broken, or when the value is too
 * large to check whole. Never throws; no zod.
 */
export function salvageSegment(value: unknown, options: ShapeOptions = {}): SalvagedSegment {
  const report = inspectSegmentShape(value, options)
  if (!report.issues.some((i) => i.severity === 'error')) return { segment: value as Segment, issues: report.issues }
  if (report.truncated || report.malformed.has(shapePathKey([])) || report.malformed.has(shapePathKey(['root']))) {
    return { segment: undefined, issues: report.issues }
  }
  try {
    const segment = value as Segment
    const root = new Salvager(report.malformed).group(segment.root, ['root'])
    return { segment: { ...segment, root }, issues: report.issues }
  } catch {
    // A getter that answered the shape check and then threw: nothing of it can be trusted.
    return { segment: undefined, issues: report.issues }
  }
}
