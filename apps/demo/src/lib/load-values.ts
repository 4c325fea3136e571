/**
 * The builder's value suggestions from the demo's data: `loadValues` asks the evaluator worker for
 * the most common values of the property (core's `topValues` / `topEventValues`), narrowed by the
 * typed text, as PostHog suggests real property values.
 */
import type { LoadValues } from '@segkit/react'
import { evaluatorWorker } from '../worker/clients.ts'

const LIMIT = 20

export const loadValuesFromWorker: LoadValues = async (request) => {
  const target =
    request.event === undefined
      ? { kind: 'entity' as const, entity: request.entity, property: request.property }
      : { kind: 'event' as const, event: request.event, property: request.eventProperty }
  const outcome = await evaluatorWorker().request({ type: 'topValues', target, query: request.query, limit: LIMIT })
  switch (outcome.kind) {
    case 'ok':
      return outcome.answer.type === 'topValues' ? outcome.answer.values.map((v) => ({ value: String(v.value) })) : []
    case 'cancelled':
      // A newer query made this one stale: the field has already moved on.
      return []
    case 'error':
      throw new Error(outcome.message)
    default:
      return outcome satisfies never
  }
}
