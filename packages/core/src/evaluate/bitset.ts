/** Sets of dense entity numbers as 32-bit words: what every condition pass takes and returns. */

export class Bitset {
  readonly words: Uint32Array
  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5)
  }

  /** Every number below `size`. */
  static full(size: number): Bitset {
    const b = new Bitset(size)
    b.words.fill(0xffffffff)
    const rest = size & 31
    if (rest !== 0) b.words[b.words.length - 1] = (1 << rest) - 1
    return b
  }

  static of(size: number, member: number): Bitset {
    const b = new Bitset(size)
    b.add(member)
    return b
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0
  }

  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31)
  }

  clone(): Bitset {
    const b = new Bitset(this.size)
    b.words.set(this.words)
    return b
  }

  /** In place: this ∩ other. */
  and(other: Bitset): this {
    const w = this.words
    const o = other.words
    for (let i = 0; i < w.length; i++) w[i]! &= o[i]!
    return this
  }

  /** In place: this ∪ other. */
  or(other: Bitset): this {
    const w = this.words
    const o = other.words
    for (let i = 0; i < w.length; i++) w[i]! |= o[i]!
    return this
  }

  /** In place: this minus other. */
  andNot(other: Bitset): this {
    const w = this.words
    const o = other.words
    for (let i = 0; i < w.length; i++) w[i]! &= ~o[i]!
    return this
  }

  isEmpty(): boolean {
    const w = this.words
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false
    return true
  }

  count(): number {
    let n = 0
    const w = this.words
    for (let i = 0; i < w.length; i++) {
      let x = w[i]!
      x -= (x >>> 1) & 0x55555555
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
      n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
    }
    return n
  }
}

/** Calls `fn` for every member, in ascending order. */
export function forEachMember(bits: Bitset, fn: (i: number) => void): void {
  const w = bits.words
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!
    while (word !== 0) {
      const low = word & -word
      fn((k << 5) + 31 - Math.clz32(low))
      word ^= low
    }
  }
}

/** The members of `candidates` for which `test` holds, as a new set. */
export function filterMembers(candidates: Bitset, test: (i: number) => boolean): Bitset {
  const out = new Bitset(candidates.size)
  const w = candidates.words
  const o = out.words
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!
    let kept = 0
    while (word !== 0) {
      const low = word & -word
      if (test((k << 5) + 31 - Math.clz32(low))) kept |= low
      word ^= low
    }
    o[k] = kept
  }
  return out
}
