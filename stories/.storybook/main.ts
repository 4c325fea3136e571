/** Storybook config: React + Vite, docs, a11y (failures are errors) and stories-as-tests through Vitest. */
import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../**/*.mdx', '../**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.resolve = {
      ...config.resolve,
      conditions: ['@segkit/source', 'module', 'browser', 'development|production'],
    }
    config.build = {
      ...config.build,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        ...config.build?.rollupOptions,
        onwarn(warning, warn) {
          // Radix ships "use client" directives, meaningless in a client-only bundle.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
          warn(warning)
        },
      },
    }
    return config
  },
}

export default config
