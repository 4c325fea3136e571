// A route handler: the server compiles a segment to parameterized SQL.
import { toSql } from '@segkit/core/sql'
import { exampleCatalog, presetSegments } from '@segkit/core/testing'

export function GET() {
  const preset = presetSegments[0]
  if (!preset) return Response.json({ error: 'no preset' }, { status: 500 })
  const { sql, params } = toSql(preset.segment, { catalog: exampleCatalog, dialect: 'postgres' })
  return Response.json({ id: preset.id, sql, params })
}
