import { describe, expect, it } from 'vitest'
import { overrideMessages } from './override-messages.ts'

const base = {
  and: 'and',
  window: { ever: 'at any time', last: (d: string) => `in the last ${d}` },
}

describe('overrideMessages', () => {
  it('given a deep partial, when merged, then only the given leaves change', () => {
    const merged = overrideMessages(base, { window: { ever: 'jemals' } })
    expect(merged.and).toBe('and')
    expect(merged.window.ever).toBe('jemals')
    expect(merged.window.last('3 days')).toBe('in the last 3 days')
  })

  it('given undefined leaves or keys the base lacks, when merged, then they are ignored', () => {
    const merged = overrideMessages(base, { and: undefined, ...({ __proto__x: 'y', extra: 'z' } as object) })
    expect(merged).toEqual(base)
    expect(Object.hasOwn(merged, 'extra')).toBe(false)
  })

  it('given no override, when merged, then the base comes back', () => {
    expect(overrideMessages(base, undefined)).toBe(base)
  })
})
