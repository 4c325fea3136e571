// @vitest-environment node
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Consumer, createConsumer, requireBuild, root } from './consumer.ts'

// Every `@ts-expect-error` line fails to compile only if the types are real:
// were an import to resolve to `any`, the directive would be unused, an error.
const consumerTs = `
import { type Catalog, type Segment, type Issue, validateSegment, createEmptySegment } from '@segkit/core'
import { toSql, type SqlQuery } from '@segkit/core/sql'
import { createEvaluator, type EvaluationResult } from '@segkit/core/evaluate'
import { exampleCatalog, generateDataset } from '@segkit/core/testing'
import { segmentJsonSchema } from '@segkit/core/json-schema'
import { SegmentBuilder, type SegmentBuilderProps, type DragAndDrop } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'

const catalog: Catalog = exampleCatalog
const segment: Segment = createEmptySegment('user')
const issues: Issue[] = validateSegment(segment, catalog)
const query: SqlQuery = toSql(segment, { catalog, dialect: 'duckdb' })
const result: EvaluationResult = createEvaluator(catalog, generateDataset({ users: 10 })).evaluate(segment)
const schema: Record<string, unknown> = segmentJsonSchema()
const props: SegmentBuilderProps = { catalog, defaultValue: segment, dnd: dragAndDrop }
const adapter: DragAndDrop = dragAndDrop
export const used = [issues, query, result, schema, props, SegmentBuilder, adapter]

// @ts-expect-error a dialect that does not exist
toSql(segment, { catalog, dialect: 'oracle' })
// @ts-expect-error a segment is not a string
validateSegment('segment', catalog)
// @ts-expect-error the builder needs a catalog
export const noCatalog: SegmentBuilderProps = {}
// @ts-expect-error an adapter is an object with Provider, SortableList and two hooks
export const notAnAdapter: SegmentBuilderProps = { catalog, dnd: true }
// @ts-expect-error the count is a number
export const wrongCount: string = result.count
`

const base = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  lib: ['ES2023', 'DOM'],
  jsx: 'react-jsx',
  types: [],
  skipLibCheck: true,
}

describe('the types of the built packages', () => {
  let consumer: Consumer
  beforeAll(() => {
    requireBuild()
    consumer = createConsumer('types')
    consumer.write('src/consumer.ts', consumerTs)
    consumer.write(
      'tsconfig.bundler.json',
      JSON.stringify({ compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'bundler' }, include: ['src'] }),
    )
    consumer.write(
      'tsconfig.node16.json',
      JSON.stringify({ compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, include: ['src'] }),
    )
  })
  afterAll(() => consumer.remove())

  const tsc = () => path.join(root, 'node_modules/typescript/bin/tsc')

  it.each(['bundler', 'node16'])('resolve from dist with moduleResolution %s, real types and no errors', (mode) => {
    const { status, stdout } = consumer.run(process.execPath, [tsc(), '-p', `tsconfig.${mode}.json`, '--listFiles'])
    const lines = stdout.trim().split('\n')
    expect(lines.filter((line) => !line.startsWith('/'))).toEqual([])
    expect(status).toBe(0)
    const ours = lines.filter((file) => /\/packages\/(core|react)\//.test(file))
    expect(ours).toContain(path.join(root, 'packages/core/dist/index.d.ts'))
    expect(ours).toContain(path.join(root, 'packages/react/dist/index.d.ts'))
    expect(ours.filter((file) => !file.includes('/dist/'))).toEqual([])
  })
})
