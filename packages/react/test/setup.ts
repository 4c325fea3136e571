import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { preloadBuilder } from '../src/later/load-later.ts'

// User-event flows through menus and pickers take 1–3 s on a loaded 2-core machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 })

afterEach(() => cleanup())

// jsdom lacks a few browser APIs that the pickers (scrollIntoView), the popover (ResizeObserver) and dnd-kit call.
if (!Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false
  Element.prototype.setPointerCapture = () => undefined
  Element.prototype.releasePointerCapture = () => undefined
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined
if (!globalThis.ResizeObserver) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

// The builder's later chunk (menus, rarer editors, sentences) loads at once here, as an app would
// preload it: every test then sees the builder complete in its first render. The lazy path itself
// is tested in src/later/later-parts.test.tsx, on fresh modules.
await preloadBuilder()
