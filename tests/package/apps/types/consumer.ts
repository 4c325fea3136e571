// Every `@ts-expect-error` line fails to compile only if the types are real:
// were an import to resolve to `any`, the directive would be unused, an error.
import { type Catalog, createEmptySegment, type Issue, type Segment, validateSegment } from '@segkit/core'
import { createEvaluator, type EvaluationResult } from '@segkit/core/evaluate'
import { segmentJsonSchema } from '@segkit/core/json-schema'
import { type SqlQuery, toSql } from '@segkit/core/sql'
import { exampleCatalog, generateDataset } from '@segkit/core/testing'
import { type DragAndDrop, SegmentBuilder, type SegmentBuilderProps } from '@segkit/react'
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
