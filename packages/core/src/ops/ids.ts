/**
 * Node ids: short, URL-safe, unique within a process (a counter) and very
 * likely unique across processes (a random prefix), with no DOM or Node API.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'
const session = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('')
let counter = 0

/** A new unique id, e.g. `c-k3x9q2-1f`. */
export function createId(prefix = 'n'): string {
  counter += 1
  return `${prefix}-${session}-${counter.toString(36)}`
}
