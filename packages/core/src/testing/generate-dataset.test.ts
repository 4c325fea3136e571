import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { DataValue } from '../data/types.ts'
import { exampleCatalog } from './example-catalog.ts'
import { blackFriday, DAY_MS, FIXTURE_AS_OF_MS, lastBlackFriday } from './fixture-time.ts'
import { generateDataset } from './generate-dataset.ts'

const index = indexCatalog(exampleCatalog)

function typeOk(value: DataValue | undefined, type: string): boolean {
  if (value === null || value === undefined) return true
  switch (type) {
    case 'string':
    case 'enum':
      return typeof value === 'string'
    case 'number':
    case 'datetime':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
    default:
      return false
  }
}

describe('generateDataset', () => {
  const data = generateDataset({ seed: 7, users: 2000 })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDataset({ seed: 7, users: 300 })).toEqual(generateDataset({ seed: 7, users: 300 }))
    expect(generateDataset({ seed: 8, users: 300 })).not.toEqual(generateDataset({ seed: 7, users: 300 }))
  })

  it('holds only catalog events and properties of the declared types, nothing after asOf', () => {
    const problems: string[] = []
    for (const e of data.events) {
      if (!index.event(e.event)) problems.push(`unknown event ${e.event}`)
      if (e.time > FIXTURE_AS_OF_MS) problems.push(`event after asOf: ${e.time}`)
      for (const [key, value] of Object.entries(e.properties ?? {})) {
        const prop = index.eventProperty(e.event, key)
        if (!prop || !typeOk(value, prop.type)) problems.push(`${e.event}.${key} = ${JSON.stringify(value)}`)
      }
    }
    for (const [entity, rows] of Object.entries(data.entities)) {
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) {
          if (key === 'id') continue
          const prop = index.property(entity, key)
          if (!prop || !typeOk(value, prop.type)) problems.push(`${entity}.${key} = ${JSON.stringify(value)}`)
        }
      }
    }
    for (const h of data.history ?? [])
      if (h.from > FIXTURE_AS_OF_MS) problems.push(`history after asOf: ${h.entityId}.${h.property}`)
    expect(problems).toEqual([])
  })

  it('has about twenty events per user', () => {
    const perUser = data.events.length / 2000
    expect(perUser).toBeGreaterThan(10)
    expect(perUser).toBeLessThan(40)
  })

  it('contains at-risk users: once active, silent in the last 40 days', () => {
    const lastOpen = new Map<string, number>()
    for (const e of data.events)
      if (e.event === 'opened_app') lastOpen.set(e.entityId, Math.max(lastOpen.get(e.entityId) ?? 0, e.time))
    const silent = [...lastOpen.values()].filter((t) => t < FIXTURE_AS_OF_MS - 40 * DAY_MS).length
    expect(silent).toBeGreaterThan(100)
  })

  it('contains whales who were on a paid plan a week ago and have since downgraded', () => {
    const whales = new Set((data.tags ?? []).filter((t) => t.tag === 'whale').map((t) => t.entityId))
    const downgraded = (data.history ?? []).filter(
      (h) =>
        h.property === 'plan' &&
        whales.has(h.entityId) &&
        h.from > FIXTURE_AS_OF_MS - 7 * DAY_MS &&
        (h.value === 'free' || h.value === 'starter'),
    )
    expect(downgraded.length).toBeGreaterThan(5)
  })

  it('has more purchases per day in Black Friday week than in the weeks around it', () => {
    const bf = lastBlackFriday(FIXTURE_AS_OF_MS)
    expect(new Date(bf).toISOString()).toBe('2026-11-27T00:00:00.000Z')
    const count = (from: number, to: number) =>
      data.events.filter((e) => e.event === 'purchased' && e.time >= from && e.time < to).length
    expect(count(bf, bf + 7 * DAY_MS)).toBeGreaterThan(1.5 * count(bf - 14 * DAY_MS, bf - 7 * DAY_MS))
  })

  it('finds Black Friday as the day after the fourth Thursday of November', () => {
    expect(new Date(blackFriday(2025)).toISOString().slice(0, 10)).toBe('2025-11-28')
    expect(new Date(lastBlackFriday(Date.parse('2026-06-01T00:00:00Z'))).toISOString().slice(0, 10)).toBe('2025-11-28')
  })
})
