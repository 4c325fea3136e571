/**
 * Reading an untrusted value as plain JSON data before anything looks at it: a
 * copy with own properties only, at most `maxDepth` levels deep, without
 * cycles, and without the traps a value from code can hold (getters that throw,
 * Proxies, BigInt, functions). The copy is what parsing and migrations work on,
 * so none of them can recurse without bound, loop, or throw.
 */
import type { Issue } from '../errors.ts'
import { issue, type Path } from '../validate/issues.ts'

/** What `readJson` gives: the copy, or the issue that made it impossible. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; issue: Issue }

/** Sets an own property, also one named `__proto__` (kept as data, never as a prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

class Stop {
  constructor(readonly issue: Issue) {}
}

/**
 * A plain JSON copy of `input`. `undefined` properties are left out and a valid
 * `Date` becomes its ISO text (as `JSON.stringify` does); deeper than `maxDepth`,
 * a cycle, a BigInt, a function or a part that cannot be read is an issue with
 * its path.
 */
export function readJson(input: unknown, maxDepth: number): ReadJsonResult {
  const ancestors = new Set<object>()
  const copy = (value: unknown, path: Path): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      return value
    }
    if (typeof value !== 'object') {
      throw new Stop(
        issue({
          code: 'invalid_structure',
          at: path,
          message: `Not JSON data: a ${typeof value}${typeof value === 'bigint' ? ' (write it as a number)' : ''}`,
          params: { type: typeof value },
        }),
      )
    }
    if (value instanceof Date) {
      const ms = value.getTime()
      return Number.isFinite(ms) ? value.toISOString() : null
    }
    if (path.length >= maxDepth) {
      throw new Stop(
        issue({
          code: 'max_depth',
          at: path,
          message: `The document is nested deeper than ${maxDepth} levels`,
          params: { limit: 'maxJsonDepth', max: maxDepth },
        }),
      )
    }
    if (ancestors.has(value)) {
      throw new Stop(
        issue({
          code: 'unreadable',
          at: path,
          message: 'This part contains itself (a cycle)',
          params: { detail: 'cycle' },
        }),
      )
    }
    ancestors.add(value)
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = []
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i]
          out.push(item === undefined ? null : copy(item, [...path, i]))
        }
        return out
      }
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        const item: unknown = (value as Record<string, unknown>)[key]
        if (item !== undefined) setOwn(out, key, copy(item, [...path, key]))
      }
      return out
    } catch (error) {
      if (error instanceof Stop) throw error
      const detail = error instanceof Error ? error.message : 'the value could not be read'
      throw new Stop(
        issue({ code: 'unreadable', at: path, message: `This part could not be read: ${detail}`, params: { detail } }),
      )
    } finally {
      ancestors.delete(value)
    }
  }
  try {
    return { ok: true, value: copy(input, []) }
  } catch (error) {
    if (error instanceof Stop) return { ok: false, issue: error.issue }
    const detail = error instanceof Error ? error.message : 'the value could not be read'
    return {
      ok: false,
      issue: issue({
        code: 'unreadable',
        at: [],
        message: `The value could not be read: ${detail}`,
        params: { detail },
      }),
    }
  }
}
