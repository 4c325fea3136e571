/**
 * English left in a translated UI: every text node, accessible name, title and placeholder
 * of `element` that equals (or, for parametric strings, is produced by) an English default
 * message whose translation differs. Used by the German story's play function.
 */
import type { BuilderMessages } from '@segkit/react'

/** Sample arguments for the parametric messages, so that their English output can be recognised. */
const SAMPLE_ARGS: readonly (readonly unknown[])[] = [[1], [2], [3], ['x'], ['x', 1, 'y']]

/** Every English text of the messages (leaves; parametric ones called with sample arguments), minus words equal in both languages. */
export function englishTexts(english: BuilderMessages, translated: BuilderMessages): Set<string> {
  const out = new Set<string>()
  const walk = (en: unknown, tr: unknown) => {
    if (typeof en === 'string') {
      if (en !== tr) out.add(en)
    } else if (typeof en === 'function' && typeof tr === 'function') {
      for (const args of SAMPLE_ARGS) {
        try {
          const text: unknown = en(...args)
          if (typeof text === 'string' && text !== tr(...args) && /[A-Za-z]{3}/.test(text)) out.add(text)
        } catch {
          // Arguments of another shape (an issue object): not sampled.
        }
      }
    } else if (typeof en === 'object' && en !== null && typeof tr === 'object' && tr !== null) {
      for (const key of Object.keys(en))
        walk((en as Record<string, unknown>)[key], (tr as Record<string, unknown>)[key])
    }
  }
  walk(english, translated)
  return out
}

/** The English strings found in `element` (text nodes, aria-label, title, placeholder, alt). */
export function englishLeftIn(element: Element, english: BuilderMessages, translated: BuilderMessages): string[] {
  const texts = englishTexts(english, translated)
  const found = new Set<string>()
  const check = (value: string | null | undefined) => {
    const text = value?.trim()
    if (text && texts.has(text)) found.add(text)
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.textContent)
  for (const el of [element, ...element.querySelectorAll('*')]) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'])
      check(el.getAttribute(attribute))
  }
  return [...found].sort()
}
