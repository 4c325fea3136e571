import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSearchIndex, foldSearchText } from './search-index.ts'

const labels = (items: readonly { label: string }[]) => items.map((i) => i.label)

describe('createSearchIndex', () => {
  const words = ['Revenue last 30 days', 'Plan', 'Payment plan', 'Explanation', 'Country']
  const index = createSearchIndex(
    words.map((label, i) => ({ label, id: `p${i}`, note: i === 4 ? 'where the user planted roots' : undefined })),
    (item) => ({ label: item.label, other: [item.id, item.note] }),
  )

  it('given an empty query, returns every item in the original order', () => {
    expect(labels(index.search(''))).toEqual(words)
    expect(labels(index.search('   '))).toEqual(words)
  })

  it('ranks label prefix, then word prefix, then inside the label, then another text', () => {
    expect(labels(index.search('plan'))).toEqual(['Plan', 'Payment plan', 'Explanation', 'Country'])
  })

  it('is case- and accent-insensitive and needs every word of the query', () => {
    expect(labels(index.search('RÉVENUE 30'))).toEqual(['Revenue last 30 days'])
    expect(labels(index.search('revenue 31'))).toEqual([])
    expect(foldSearchText('  Crème  Brûlée ')).toBe('creme brulee')
  })

  it('matches the id and other texts, and stops at the limit keeping the best first', () => {
    expect(labels(index.search('p3'))).toEqual(['Explanation'])
    expect(labels(index.search('plan', 2))).toEqual(['Plan', 'Payment plan'])
  })

  it('never matches a word across two texts of an item or across two items, even with separators typed', () => {
    const two = createSearchIndex(
      [
        { label: 'ab', other: ['cd'] },
        { label: 'ef', other: [] },
      ],
      (item) => item,
    )
    expect(two.search('bc')).toEqual([])
    expect(two.search('de')).toEqual([])
    // Control characters are no part of any text: they separate words, like a space.
    expect(labels(two.search('a\u0001c'))).toEqual(['ab'])
    expect(two.search('b\u0002e')).toEqual([])
  })

  it('filters 50,000 items without building anything per query but the result', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ label: `property ${i}` }))
    const big = createSearchIndex(many, (item) => ({ label: item.label }))
    expect(big.search('property 4999')).toHaveLength(15) // 4999, 14999 … 44999 and 49990 … 49999
    expect(big.search('property 4999')[0]).toBe(many[4999])
  })
})

describe('createSearchIndex, typed character by character', () => {
  // The rule written plainly, item by item: every word in the folded texts; ranked by where the first word falls.
  function reference(items: readonly { label: string; other: (string | undefined)[] }[], query: string) {
    const folded = foldSearchText(query)
    if (folded === '') return items.map((_, i) => i)
    const words = folded.split(' ')
    const ranked: number[][] = [[], [], [], []]
    items.forEach((item, i) => {
      const label = foldSearchText(item.label)
      const texts = [label, ...item.other.filter((t) => t !== undefined).map(foldSearchText)]
      if (!words.every((w) => texts.some((t) => t.includes(w)))) return
      const at = label.indexOf(words[0]!)
      const rank = at === 0 ? 0 : at > 0 && label.includes(` ${words[0]}`) ? 1 : at > 0 ? 2 : 3
      ranked[rank]!.push(i)
    })
    return ranked.flat()
  }
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'n', ' ', 'A', 'é', '1', '\t'), maxLength: 8 })
  const item = fc.record({ label: text, other: fc.array(fc.option(text, { nil: undefined }), { maxLength: 2 }) })

  it('given any items and any sequence of typed and erased characters, matches what a fresh index finds', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.array(text, { minLength: 1, maxLength: 6 }), (items, typed) => {
        const index = createSearchIndex(items, (i) => i)
        // Each query extends or cuts the one before: the narrowing path and the full pass both run.
        let query = ''
        for (const step of typed) {
          query = step.length % 3 === 0 ? query.slice(0, -1) : query + step.slice(0, 2)
          expect(Array.from(index.matches(query))).toEqual(reference(items, query))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('given 10,000 items of which some need folding, builds their keys by slices and finds them all', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      label: i % 1000 === 0 ? `Crème  ${i}` : `Item ${i}`,
      other: [`id_${i}`],
    }))
    const index = createSearchIndex(many, (i) => i)
    expect(index.prepare()).toBe(false)
    let steps = 1
    while (!index.prepare()) steps++
    expect(steps).toBeGreaterThan(1)
    expect(index.search('creme').map((i) => i.label)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Crème  ${k * 1000}`),
    )
    expect(index.search('ID_9999')).toEqual([many[9999]])
  })

  it('given the same query twice, gives the same positions without searching again', () => {
    const index = createSearchIndex(
      Array.from({ length: 100 }, (_, i) => ({ label: `plan ${i}` })),
      (i) => i,
    )
    const first = index.matches('plan 4')
    expect(index.matches('PLAN  4 ')).toBe(first)
    expect(Array.from(first).slice(0, 3)).toEqual([4, 14, 24])
  })
})
