import { describe, expect, it } from 'vitest'
import { counted } from './plural.ts'

describe('counted', () => {
  it('says "1 problem" and "2 problems", never "problem(s)"', () => {
    expect(counted(1, 'problem', 'problems')).toBe('1 problem')
    expect(counted(0, 'problem', 'problems')).toBe('0 problems')
    expect(counted(1234, 'user', 'users')).toBe('1,234 users')
  })
})
