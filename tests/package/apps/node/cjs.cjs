// Plain Node CommonJS (what Jest's default mode and older servers do): every entry through require().
const core = require('@segkit/core')
const sql = require('@segkit/core/sql')
const evaluate = require('@segkit/core/evaluate')
const testing = require('@segkit/core/testing')
const jsonSchema = require('@segkit/core/json-schema')
const arbitraries = require('@segkit/core/arbitraries')
const react = require('@segkit/react')
const dnd = require('@segkit/react/dnd')
const { createElement } = require('react')
const { renderToString } = require('react-dom/server')

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
    resolved: entries.map((name) => require.resolve(name)),
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
