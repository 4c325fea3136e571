/**
 * Loading the dataset into the two workers: the evaluator worker always, the
 * PGlite worker up to `PGLITE_MAX_USERS` users.
 */
import type { Catalog } from '@segkit/core'
import { useEffect, useRef, useState } from 'react'
import { evaluatorWorker, sqlWorker } from '../worker/clients.ts'
import type { DatasetSize, DatasetSummary, Progress } from '../worker/protocol.ts'

/** PGlite loads every event row; above this size the SQL check is off (stated in the UI). */
export const PGLITE_MAX_USERS = 10_000

export type LoadState<S> =
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; summary: S; version: number }
  | { status: 'error'; message: string }
  | { status: 'off' }

const starting: Progress = { fraction: 0, label: 'Starting…' }

/** The evaluator worker's dataset for `size`, indexed again whenever the catalog (saved segments) changes. */
export function useEvaluatorData(size: DatasetSize, catalog: Catalog): LoadState<DatasetSummary> {
  const [state, setState] = useState<LoadState<DatasetSummary>>({ status: 'loading', progress: starting })
  const catalogRef = useRef(catalog)
  catalogRef.current = catalog
  const loadedRef = useRef<{ size: DatasetSize; catalog: Catalog } | undefined>(undefined)

  useEffect(() => {
    let current = true
    loadedRef.current = undefined
    setState({ status: 'loading', progress: starting })
    const sentCatalog = catalogRef.current
    void evaluatorWorker()
      .request({ type: 'load', size, catalog: sentCatalog }, (progress) => {
        if (current) setState({ status: 'loading', progress })
      })
      .then((outcome) => {
        if (!current) return
        if (outcome.kind === 'ok' && outcome.answer.type === 'loaded') {
          loadedRef.current = { size, catalog: sentCatalog }
          setState({ status: 'ready', summary: outcome.answer.summary, version: 1 })
        } else if (outcome.kind === 'error') setState({ status: 'error', message: outcome.message })
      })
    return () => {
      current = false
    }
  }, [size])

  useEffect(() => {
    const loaded = loadedRef.current
    if (!loaded || loaded.catalog === catalog) return
    let current = true
    loaded.catalog = catalog
    void evaluatorWorker()
      .request({ type: 'catalog', catalog })
      .then((outcome) => {
        if (!current || outcome.kind !== 'ok') return
        setState((s) => (s.status === 'ready' ? { ...s, version: s.version + 1 } : s))
      })
    return () => {
      current = false
    }
  }, [catalog])

  return state
}

/** PGlite loaded with the dataset for `size`, or 'off' above the cap. */
export function usePgliteData(size: DatasetSize, catalog: Catalog): LoadState<{ ms: number }> {
  const [state, setState] = useState<LoadState<{ ms: number }>>({ status: 'loading', progress: starting })
  const catalogRef = useRef(catalog)
  catalogRef.current = catalog

  useEffect(() => {
    if (size > PGLITE_MAX_USERS) {
      setState({ status: 'off' })
      return
    }
    let current = true
    setState({ status: 'loading', progress: starting })
    void sqlWorker()
      .request({ type: 'load', size, catalog: catalogRef.current }, (progress) => {
        if (current) setState({ status: 'loading', progress })
      })
      .then((outcome) => {
        if (!current) return
        if (outcome.kind === 'ok' && outcome.answer.type === 'loaded')
          setState({ status: 'ready', summary: { ms: outcome.answer.ms }, version: 1 })
        else if (outcome.kind === 'error') setState({ status: 'error', message: outcome.message })
      })
    return () => {
      current = false
    }
  }, [size])

  return state
}
