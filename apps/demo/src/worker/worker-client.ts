/**
 * A typed client for a worker that runs `serveRequests`: each request returns a
 * promise of its outcome (ok, error with issues, or cancelled as stale).
 */
import type { Issue } from '@segkit/core'
import type { Progress, WorkerMessage, WorkerReply } from './protocol.ts'

export type Outcome<A> =
  | { kind: 'ok'; answer: A }
  | { kind: 'error'; message: string; issues: Issue[] }
  | { kind: 'cancelled' }

interface Pending<A> {
  resolve(outcome: Outcome<A>): void
  onProgress: ((progress: Progress) => void) | undefined
}

export class WorkerClient<R, A> {
  private nextId = 1
  private readonly pending = new Map<number, Pending<A>>()

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerReply<A>>) => {
      const reply = event.data
      const pending = this.pending.get(reply.id)
      if (!pending) return
      switch (reply.kind) {
        case 'progress':
          pending.onProgress?.(reply.progress)
          return
        case 'ok':
          pending.resolve({ kind: 'ok', answer: reply.answer })
          break
        case 'error':
          pending.resolve({ kind: 'error', message: reply.message, issues: reply.issues })
          break
        case 'cancelled':
          pending.resolve({ kind: 'cancelled' })
          break
        default: {
          reply satisfies never
          return
        }
      }
      this.pending.delete(reply.id)
    }
    worker.onerror = (event) => {
      for (const [id, pending] of this.pending) {
        pending.resolve({ kind: 'error', message: event.message || 'The worker failed', issues: [] })
        this.pending.delete(id)
      }
    }
  }

  request(request: R, onProgress?: (progress: Progress) => void): Promise<Outcome<A>> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress })
      const message: WorkerMessage<R> = { id, request }
      this.worker.postMessage(message)
    })
  }
}

/** Narrows an outcome to the answer type a request expects (a mismatch is a programming error, reported as one). */
export function expectAnswer<A extends { type: string }, T extends A['type']>(
  outcome: Outcome<A>,
  type: T,
): Outcome<Extract<A, { type: T }>> {
  if (outcome.kind !== 'ok') return outcome
  if (outcome.answer.type === type) return { kind: 'ok', answer: outcome.answer as Extract<A, { type: T }> }
  return { kind: 'error', message: `Expected a ${type} answer, got ${outcome.answer.type}`, issues: [] }
}
