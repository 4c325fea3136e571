/**
 * Message sets are trees of strings and functions. A caller overrides any part
 * of one with a deep partial (`{ operators: { eq: 'ist' } }`) and gets a whole
 * set back; keys the base set does not have are ignored, never indexed blindly.
 */

/**
 * Every key optional, at every depth; functions and strings are leaves.
 * `DeepPartial<DescribeMessages>` accepts `{ window: { last: (d) => … } }`.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A copy of `base` with the leaves of `override` in place of its own. Nested
 * records merge key by key; an `undefined` leaf keeps the base's; keys that
 * `base` does not own are ignored.
 */
export function overrideMessages<T extends object>(base: T, override: NoInfer<DeepPartial<T>> | undefined): T {
  if (override === undefined) return base
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined || !Object.hasOwn(base, key)) continue
    const current = out[key]
    out[key] =
      isRecord(current) && isRecord(value) ? overrideMessages(current, value as DeepPartial<typeof current>) : value
  }
  return out as T
}
