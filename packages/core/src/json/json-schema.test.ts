import { describe, expect, it } from 'vitest'
import { segmentJsonSchema } from './json-schema.ts'

describe('segmentJsonSchema', () => {
  const schema = segmentJsonSchema()
  const text = JSON.stringify(schema)

  it('is a draft 2020-12 schema of the segment document', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'id', 'name', 'entity', 'root']))
  })

  it('describes every condition kind a saved segment may hold', () => {
    for (const kind of ['group', 'property', 'event', 'sequence', 'list', 'tag', 'segment', 'related']) {
      expect(text).toContain(`"const":"${kind}"`)
    }
  })

  it('leaves out the in-memory opaque node, which is never saved as such', () => {
    expect(text).not.toContain('OpaqueNode')
    expect(text).not.toContain('"const":"opaque"')
  })
})
