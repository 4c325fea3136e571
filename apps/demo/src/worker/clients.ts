/** The demo's two workers, started once per page. */
import type { EvaluatorAnswer, EvaluatorRequest, SqlAnswer, SqlRequest } from './protocol.ts'
import { WorkerClient } from './worker-client.ts'

export type EvaluatorClient = WorkerClient<EvaluatorRequest, EvaluatorAnswer>
export type SqlClient = WorkerClient<SqlRequest, SqlAnswer>

let evaluatorClient: EvaluatorClient | undefined
let sqlClient: SqlClient | undefined

export function evaluatorWorker(): EvaluatorClient {
  evaluatorClient ??= new WorkerClient(
    new Worker(new URL('./evaluator.worker.ts', import.meta.url), { type: 'module', name: 'segkit-evaluator' }),
  )
  return evaluatorClient
}

export function sqlWorker(): SqlClient {
  sqlClient ??= new WorkerClient(
    new Worker(new URL('./pglite.worker.ts', import.meta.url), { type: 'module', name: 'segkit-pglite' }),
  )
  return sqlClient
}
