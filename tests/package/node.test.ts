// @vitest-environment node
/**
 * The installed tarballs in plain Node, as ESM (`import`) and as CommonJS (`require`, what Jest's
 * default mode and older servers do): every entry loads by package name from the right build and
 * works — validation, JSON, SQL, the evaluator, the JSON Schema, arbitraries, and the builder
 * rendered to HTML on the server.
 */
import { describe, expect, it } from 'vitest'
import { lastJsonLine, runNode } from './consumer.ts'

interface Output {
  resolved: string[]
  issues: number
  roundTrip: boolean
  sql: string
  count: number
  schema: string
  arbitrary: string
  dnd: string
  html: boolean
}

const expectWorking = (out: Output) => {
  expect(out.issues).toBe(0)
  expect(out.roundTrip).toBe(true)
  expect(out.sql).toBe('SELECT ')
  expect(out.count).toBeGreaterThan(0)
  expect(out.count).toBeLessThanOrEqual(300)
  expect(out.schema).toContain('json-schema.org')
  expect(out.arbitrary).toBe('function')
  expect(out.dnd).toBe('object')
  expect(out.html).toBe(true)
}

const entries = (build: string) => [
  new RegExp(`/@segkit/core/${build}index\\.js$`),
  new RegExp(`/@segkit/core/${build}sql/index\\.js$`),
  new RegExp(`/@segkit/core/${build}evaluate/index\\.js$`),
  new RegExp(`/@segkit/core/${build}testing/index\\.js$`),
  new RegExp(`/@segkit/core/${build}json/json-schema\\.js$`),
  new RegExp(`/@segkit/core/${build}arbitraries/index\\.js$`),
  new RegExp(`/@segkit/react/${build}index\\.js$`),
  new RegExp(`/@segkit/react/${build}dnd/index\\.js$`),
]

describe('the installed packages in plain Node', () => {
  it('imports every entry from ESM (dist/) and runs it', () => {
    const { status, stdout, stderr } = runNode('node/esm.mjs')
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
    const out = lastJsonLine<Output>(stdout)
    expect(out.resolved).toEqual(entries('dist/').map((re) => expect.stringMatching(re)))
    expect(out.resolved.every((url) => url.includes('/node_modules/'))).toBe(true)
    expectWorking(out)
  })

  it('requires every entry from CommonJS (dist/cjs/) and runs it', () => {
    const { status, stdout, stderr } = runNode('node/cjs.cjs')
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
    const out = lastJsonLine<Output>(stdout)
    expect(out.resolved).toEqual(entries('dist/cjs/').map((re) => expect.stringMatching(re)))
    expectWorking(out)
  })
})
