// The same API from a CommonJS TypeScript file (compiled to require()): types come from dist/cjs.
import { type Catalog, createEmptySegment, type Issue, validateSegment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { toSql } from '@segkit/core/sql'
import { exampleCatalog } from '@segkit/core/testing'
import { SegmentBuilder, type SegmentBuilderProps } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'

const catalog: Catalog = exampleCatalog
const segment = createEmptySegment('user')
const issues: Issue[] = validateSegment(segment, catalog)
const props: SegmentBuilderProps = { catalog, defaultValue: segment, dnd: dragAndDrop }
export const used = [issues, props, SegmentBuilder, createEvaluator, toSql(segment, { catalog, dialect: 'sqlite' })]

// @ts-expect-error a dialect that does not exist
toSql(segment, { catalog, dialect: 'oracle' })
// @ts-expect-error the builder needs a catalog
export const noCatalog: SegmentBuilderProps = {}
