// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest'
import { ENGINE_OPENERS, type Engine } from './engines.ts'

const opened: Engine[] = []
afterAll(async () => {
  for (const engine of opened) await engine.close()
})

describe.each(Object.entries(ENGINE_OPENERS))('the %s engine', (name, open) => {
  it('creates a table, takes a parameter and returns rows as objects', async () => {
    const engine = await open()
    opened.push(engine)
    await engine.exec("CREATE TABLE t (id TEXT, n INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3)")
    const placeholder = name === 'postgres' ? '$1' : '?'
    const rows = await engine.query(`SELECT id FROM t WHERE n >= ${placeholder} ORDER BY id`, [2])
    expect(rows.map((r) => r.id)).toEqual(['b', 'c'])
  })
})
