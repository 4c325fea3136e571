/**
 * The builder's later chunk: the parts that the first render of a usual segment does not show — the
 * add search and the content of every menu, the editors of rarer conditions and event forms (sequences,
 * related entities, measures, stopped / restarted / regularly), value suggestions and the sentences of
 * read-only rows and folded groups — behind one `import()`, which bundlers (Vite, webpack, esbuild with
 * `splitting`) turn into a chunk of its own. A mounted builder preloads it when the browser is idle;
 * a part needed before that loads it at once and shows a placeholder of its size meanwhile.
 */
import type * as LaterParts from './later-parts.tsx'

/** What the later chunk exports. */
export type Later = typeof LaterParts

let loaded: Later | undefined
let loading: Promise<Later> | undefined
/** What waits for the parts without asking for them (see {@link whenLoaded}). */
const waiting = new Set<(parts: Later) => void>()

/** The later parts when they are loaded, else undefined. */
export function laterParts(): Later | undefined {
  return loaded
}

/** Loads the later parts (once; after a failed load, the next call tries again). */
export function loadLater(): Promise<Later> {
  loading ??= import('./later-parts.tsx').then(
    (parts) => {
      loaded = parts
      for (const run of waiting) run(parts)
      waiting.clear()
      return parts
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** Runs `run` with the later parts: now when they are loaded, else once they are (not at all if loading fails). */
export function afterLoad(run: (parts: Later) => void): void {
  if (loaded) run(loaded)
  else loadLater().then(run, () => {})
}

/**
 * Runs `run` with the later parts once they are loaded (now when they are), without loading them: for work
 * that only pays off with them, such as preparing a picker's search keys. Returns the cancel (for an
 * effect's cleanup).
 */
export function whenLoaded(run: (parts: Later) => void): () => void {
  if (loaded) {
    run(loaded)
    return () => {}
  }
  waiting.add(run)
  return () => waiting.delete(run)
}

/**
 * Loads the parts of the builder that it otherwise loads in idle time after mounting (menus, the add
 * search, editors of rarer conditions, value suggestions, sentences). Await it where nothing may wait
 * for them: in a test's setup, before the first interaction of a story, or before showing a builder
 * that must be complete in its first frame. Safe to call any number of times.
 */
export async function preloadBuilder(): Promise<void> {
  await loadLater()
}

/** How long an idle preload may wait for the browser to be idle. */
const IDLE_TIMEOUT_MS = 2000

/** Preloads the later parts when the browser is next idle; returns the cancel (for an effect's cleanup). */
export function preloadWhenIdle(): () => void {
  if (loaded || typeof window === 'undefined') return () => {}
  // A failed preload is not the user's concern: the part that needs the chunk loads it again and shows the error.
  const load = () => void loadLater().catch(() => {})
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = setTimeout(load, 1)
  return () => clearTimeout(handle)
}
