/**
 * Global story setup: segkit's stylesheet, a "Theme" toolbar (light, dark,
 * unstyled) read by every builder story, autodocs, and accessibility
 * violations as test failures.
 */
import '@segkit/react/styles.css'
import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  tags: ['autodocs'],
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
  initialGlobals: { theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
}

export default preview
