/**
 * Global story setup: segkit's stylesheet, a "Theme" toolbar (light, dark,
 * unstyled) read by every builder story, autodocs, and accessibility
 * violations as test failures.
 */
import '@segkit/react/styles.css'
import { preloadBuilder } from '@segkit/react'
import type { Preview } from '@storybook/react-vite'

/** Set by the `storybook-dark` vitest project (vite.config.ts) to run every story in the dark theme. */
declare const __SEGKIT_STORY_THEME__: string | undefined
const initialTheme = typeof __SEGKIT_STORY_THEME__ === 'string' ? __SEGKIT_STORY_THEME__ : 'light'

const preview: Preview = {
  tags: ['autodocs'],
  // The builder's later chunk (menus, the add search, rarer editors) before any story renders: a story
  // shows the builder complete, and its play function never races a menu that is still loading.
  beforeAll: preloadBuilder,
  globalTypes: {
    theme: {
      description: 'segkit theme of the builders in the stories',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'unstyled', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: initialTheme },
  // Callbacks are actions (the Actions panel logs each call with the segment), never a JSON-text control.
  argTypes: {
    onChange: { control: false },
    value: { control: false },
    defaultValue: { control: false },
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
}

export default preview
