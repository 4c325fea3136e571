// Plain Node ESM: every entry of @segkit/core by package name, and the builder rendered to HTML.
import * as core from '@segkit/core'
import * as arbitraries from '@segkit/core/arbitraries'
import * as evaluate from '@segkit/core/evaluate'
import * as jsonSchema from '@segkit/core/json-schema'
import * as sql from '@segkit/core/sql'
import * as testing from '@segkit/core/testing'
import * as react from '@segkit/react'
import * as dnd from '@segkit/react/dnd'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'

const entries = [
  '@segkit/core',
  '@segkit/core/sql',
  '@segkit/core/evaluate',
  '@segkit/core/testing',
  '@segkit/core/json-schema',
  '@segkit/core/arbitraries',
  '@segkit/react',
  '@segkit/react/dnd',
]
const { segment } = testing.presetSegments.find((p) => p.id === 'activation_sequence')
const catalog = testing.exampleCatalog
const asOf = testing.FIXTURE_AS_OF
const evaluator = evaluate.createEvaluator(catalog, testing.generateDataset({ users: 300 }))
console.log(
  JSON.stringify({
    resolved: entries.map((name) => import.meta.resolve(name)),
    issues: core.validateSegment(segment, catalog).length,
    roundTrip: core.parseSegment(JSON.parse(core.serializeSegment(segment))).ok,
    sql: sql.toSql(segment, { catalog, dialect: 'postgres', asOf }).sql.slice(0, 7),
    count: evaluator.evaluate(segment, { asOf }).count,
    schema: jsonSchema.segmentJsonSchema().$schema,
    arbitrary: typeof arbitraries.arbitrarySegment(catalog).generate,
    dnd: typeof dnd.dragAndDrop,
    html: renderToString(createElement(react.SegmentBuilder, { catalog, defaultValue: segment })).includes(
      'data-segkit-root',
    ),
  }),
)
