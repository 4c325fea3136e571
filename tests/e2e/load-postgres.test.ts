// @vitest-environment node
/**
 * The demo's PostgreSQL loader (CSV through COPY) keeps every value exactly:
 * quotes, commas, newlines, backslashes, empty strings versus missing values,
 * fractions, epoch milliseconds, booleans, arrays and event properties as JSON.
 */
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadIntoPostgres } from '../../apps/demo/src/lib/load-postgres.ts'
import type { SegmentData } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'

const tricky: SegmentData = {
  entities: {
    user: [
      {
        id: 'u1',
        name: 'Say "hi", then\nleave',
        email: 'back\\slash@example.com',
        age: 0.1 + 0.2,
        marketing_consent: true,
        created_at: 1_764_000_000_123,
        interests: ['tech', 'quote"d', 'comma,'],
      },
      { id: 'u2', name: '', email: null, age: -3, marketing_consent: false, interests: [] },
      { id: 'u3', name: 'Zoë Müller, “curly”', country: 'DE' },
    ],
    account: [{ id: 'a1', name: 'ACME, Inc.', arr: 48_000.5 }],
  },
  events: [
    {
      entity: 'user',
      entityId: 'u1',
      event: 'sent_ticket',
      time: 1_764_000_000_000,
      properties: { subject: 'Payment "failed": 100%_of\ncards' },
    },
    {
      entity: 'user',
      entityId: 'u2',
      event: 'purchased',
      time: 1_764_000_000_001,
      properties: { amount: 9.99, coupon: '' },
    },
  ],
}

let pg: PGlite
beforeAll(async () => {
  pg = await PGlite.create()
  await loadIntoPostgres(pg, tricky, exampleCatalog)
})
afterAll(async () => {
  await pg?.close()
})

describe('loading a dataset into PGlite with COPY', () => {
  it('keeps strings with quotes, commas, newlines and backslashes, and tells an empty string from a missing one', async () => {
    const rows = (await pg.query<Record<string, unknown>>('SELECT id, name, email, country FROM users ORDER BY id'))
      .rows
    expect(rows).toEqual([
      { id: 'u1', name: 'Say "hi", then\nleave', email: 'back\\slash@example.com', country: null },
      { id: 'u2', name: '', email: null, country: null },
      { id: 'u3', name: 'Zoë Müller, “curly”', email: null, country: 'DE' },
    ])
  })

  it('keeps fractions, negative numbers, booleans, epoch milliseconds and arrays', async () => {
    const rows = (
      await pg.query<Record<string, unknown>>(
        'SELECT id, age, marketing_consent, created_at::text AS created_at, interests FROM users ORDER BY id',
      )
    ).rows
    expect(rows).toEqual([
      {
        id: 'u1',
        age: 0.30000000000000004,
        marketing_consent: true,
        created_at: '1764000000123',
        interests: ['tech', 'quote"d', 'comma,'],
      },
      { id: 'u2', age: -3, marketing_consent: false, created_at: null, interests: [] },
      { id: 'u3', age: null, marketing_consent: null, created_at: null, interests: null },
    ])
    const accounts = (await pg.query<Record<string, unknown>>('SELECT id, name, arr FROM accounts')).rows
    expect(accounts).toEqual([{ id: 'a1', name: 'ACME, Inc.', arr: 48_000.5 }])
  })

  it('keeps event properties as JSON, special characters included', async () => {
    const rows = (
      await pg.query<Record<string, unknown>>('SELECT entity_id, event, properties FROM events ORDER BY time')
    ).rows
    expect(rows).toEqual([
      { entity_id: 'u1', event: 'sent_ticket', properties: { subject: 'Payment "failed": 100%_of\ncards' } },
      { entity_id: 'u2', event: 'purchased', properties: { amount: 9.99, coupon: '' } },
    ])
  })
})
