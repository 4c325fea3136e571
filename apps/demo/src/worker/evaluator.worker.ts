/**
 * The evaluator worker: generates the seeded dataset, builds the evaluator's
 * index and answers evaluate / explain / changes / compare off the main thread,
 * so a 100k-user dataset never freezes the tab.
 */
import type { EntityRecord, SegmentData } from '@segkit/core'
import { createEvaluator, type Evaluator } from '@segkit/core/evaluate'
import { generateDataset } from '@segkit/core/testing'
import { firstInNaturalOrder } from '../lib/natural-order.ts'
import { DATASET_SEED, type EvaluatorAnswer, type EvaluatorRequest, type MemberRow } from './protocol.ts'
import { serveRequests } from './serve-requests.ts'

/** Columns of the sample table, per entity type. */
const SAMPLE_COLUMNS: Record<string, string[]> = {
  user: ['name', 'plan', 'country', 'ltv'],
  account: ['name', 'industry', 'plan', 'arr', 'seats'],
}

let data: SegmentData | undefined
let evaluator: Evaluator | undefined
let records = new Map<string, Map<string, EntityRecord>>()

function requireEvaluator(): Evaluator {
  if (!evaluator) throw new Error('The dataset is not loaded yet')
  return evaluator
}

function memberRow(entity: string, id: string): MemberRow {
  const record = records.get(entity)?.get(id)
  const cells: MemberRow['cells'] = {}
  for (const column of SAMPLE_COLUMNS[entity] ?? []) {
    const value = record?.[column]
    cells[column] = value === undefined || Array.isArray(value) ? null : (value as string | number | boolean | null)
  }
  return { id, cells }
}

serveRequests<EvaluatorRequest, EvaluatorAnswer>(
  async (request, context) => {
    switch (request.type) {
      case 'load': {
        evaluator = undefined
        context.progress(0.05, `Generating ${request.size.toLocaleString('en-US')} users and their events…`)
        await context.yieldToMessages()
        let start = performance.now()
        data = generateDataset({ users: request.size, seed: DATASET_SEED })
        const generateMs = performance.now() - start
        records = new Map(
          Object.entries(data.entities).map(([entity, rows]) => [entity, new Map(rows.map((r) => [r.id, r]))]),
        )
        context.progress(0.5, `Indexing ${data.events.length.toLocaleString('en-US')} events…`)
        await context.yieldToMessages()
        start = performance.now()
        evaluator = createEvaluator(request.catalog, data)
        const indexMs = performance.now() - start
        context.progress(1, 'Ready')
        return {
          type: 'loaded',
          summary: {
            users: data.entities.user?.length ?? 0,
            accounts: data.entities.account?.length ?? 0,
            events: data.events.length,
            generateMs,
            indexMs,
          },
        }
      }
      case 'catalog': {
        // Saved segments become catalog segments; the evaluator reads its catalog once, so index again.
        if (data) {
          context.progress(0.5, 'Indexing again with the saved segments…')
          await context.yieldToMessages()
          evaluator = createEvaluator(request.catalog, data)
        }
        return { type: 'catalog' }
      }
      case 'evaluate': {
        const start = performance.now()
        const result = requireEvaluator().evaluate(request.segment, { asOf: request.asOf })
        const sample = firstInNaturalOrder(result.ids, request.sample).map((id) =>
          memberRow(request.segment.entity, id),
        )
        return { type: 'evaluate', count: result.count, ids: result.ids, sample, ms: performance.now() - start }
      }
      case 'explain':
        return {
          type: 'explain',
          explanation: requireEvaluator().explain(request.segment, request.entityId, { asOf: request.asOf }),
        }
      case 'changes': {
        const start = performance.now()
        const { entered, left } = requireEvaluator().changes(request.segment, request.from, request.to)
        return { type: 'changes', entered, left, ms: performance.now() - start }
      }
      case 'compare': {
        const ev = requireEvaluator()
        const members = request.segments.map((s) => new Set(ev.evaluate(s, { asOf: request.asOf }).ids))
        const overlaps: { a: string; b: string; both: number }[] = []
        request.segments.forEach((a, i) => {
          request.segments.slice(i + 1).forEach((b, k) => {
            const other = members[i + 1 + k] ?? new Set<string>()
            let both = 0
            for (const id of members[i] ?? []) if (other.has(id)) both++
            overlaps.push({ a: a.id, b: b.id, both })
          })
        })
        return {
          type: 'compare',
          sizes: request.segments.map((s, i) => ({ id: s.id, name: s.name, count: members[i]?.size ?? 0 })),
          overlaps,
        }
      }
      case 'topValues': {
        const ev = requireEvaluator()
        const { target, query, limit } = request
        const values =
          target.kind === 'entity'
            ? ev.topValues(target.entity, target.property, { query, limit })
            : ev.topEventValues(target.event, target.property, { query, limit })
        return { type: 'topValues', values }
      }
      default: {
        request satisfies never
        throw new Error('Unknown request')
      }
    }
  },
  ['load', 'evaluate', 'explain', 'changes', 'compare'],
)
