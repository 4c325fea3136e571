// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Consumer, createConsumer, requireBuild } from './consumer.ts'

const script = `
import * as core from '@segkit/core'
import * as sql from '@segkit/core/sql'
import * as evaluate from '@segkit/core/evaluate'
import * as testing from '@segkit/core/testing'
import * as jsonSchema from '@segkit/core/json-schema'
import * as arbitraries from '@segkit/core/arbitraries'

const { segment } = testing.presetSegments.find((p) => p.id === 'activation_sequence')
const catalog = testing.exampleCatalog
const asOf = testing.FIXTURE_AS_OF
const evaluator = evaluate.createEvaluator(catalog, testing.generateDataset({ users: 300 }))
console.log(JSON.stringify({
  resolved: ['@segkit/core', '@segkit/core/sql', '@segkit/core/evaluate', '@segkit/core/testing', '@segkit/core/json-schema', '@segkit/core/arbitraries']
    .map((name) => import.meta.resolve(name)),
  issues: core.validateSegment(segment, catalog).length,
  roundTrip: core.parseSegment(JSON.parse(core.serializeSegment(segment))).ok,
  sql: sql.toSql(segment, { catalog, dialect: 'postgres', asOf }).sql.slice(0, 7),
  count: evaluator.evaluate(segment, { asOf }).count,
  schema: jsonSchema.segmentJsonSchema().$schema,
  arbitrary: typeof arbitraries.arbitrarySegment(catalog).generate,
}))
`

describe('the built @segkit/core in plain Node ESM', () => {
  let consumer: Consumer
  beforeAll(() => {
    requireBuild()
    consumer = createConsumer('node')
    consumer.write('index.mjs', script)
  })
  afterAll(() => consumer.remove())

  it('imports every entry by package name from dist and runs validation, JSON, SQL, the evaluator and the JSON Schema', () => {
    const { status, stdout, stderr } = consumer.run(process.execPath, ['index.mjs'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const out = JSON.parse(stdout) as {
      resolved: string[]
      issues: number
      roundTrip: boolean
      sql: string
      count: number
      schema: string
      arbitrary: string
    }
    expect(out.resolved).toEqual([
      expect.stringMatching(/\/packages\/core\/dist\/index\.js$/),
      expect.stringMatching(/\/packages\/core\/dist\/sql\/index\.js$/),
      expect.stringMatching(/\/packages\/core\/dist\/evaluate\/index\.js$/),
      expect.stringMatching(/\/packages\/core\/dist\/testing\/index\.js$/),
      expect.stringMatching(/\/packages\/core\/dist\/json\/json-schema\.js$/),
      expect.stringMatching(/\/packages\/core\/dist\/arbitraries\/index\.js$/),
    ])
    expect(out.issues).toBe(0)
    expect(out.roundTrip).toBe(true)
    expect(out.sql).toBe('SELECT ')
    expect(out.count).toBeGreaterThan(0)
    expect(out.count).toBeLessThanOrEqual(300)
    expect(out.schema).toContain('json-schema.org')
    expect(out.arbitrary).toBe('function')
  })
})
