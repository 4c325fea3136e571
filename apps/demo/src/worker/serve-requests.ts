/**
 * The request loop both workers run: requests are answered one at a time, in
 * order; a request of a "latest wins" type that a newer one of the same type
 * has superseded while it waited is answered `cancelled` without running.
 */
import { SegmentError } from '@segkit/core'
import type { WorkerMessage, WorkerReply } from './protocol.ts'

export interface RequestContext {
  /** Reports a loading step for this request. */
  progress(fraction: number, label: string): void
  /** Lets queued messages arrive (so a long job can be superseded) and reports whether it still should run. */
  yieldToMessages(): Promise<void>
}

/** Yields to the worker's task queue so that newly posted messages get delivered. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function serveRequests<R extends { type: string }, A>(
  handle: (request: R, context: RequestContext) => A | Promise<A>,
  latestWins: readonly R['type'][],
): void {
  const queue: WorkerMessage<R>[] = []
  let running = false
  const post = (reply: WorkerReply<A>) => self.postMessage(reply)

  async function drain() {
    running = true
    await nextTask()
    while (queue.length > 0) {
      const next = queue.shift()
      if (!next) break
      const { id, request } = next
      if (latestWins.includes(request.type) && queue.some((q) => q.request.type === request.type)) {
        post({ id, kind: 'cancelled' })
        continue
      }
      try {
        const answer = await handle(request, {
          progress: (fraction, label) => post({ id, kind: 'progress', progress: { fraction, label } }),
          yieldToMessages: nextTask,
        })
        post({ id, kind: 'ok', answer })
      } catch (error) {
        const issues = error instanceof SegmentError ? [...error.issues] : []
        post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error), issues })
      }
      await nextTask()
    }
    running = false
  }

  self.onmessage = (event: MessageEvent<WorkerMessage<R>>) => {
    queue.push(event.data)
    if (!running) void drain()
  }
}
