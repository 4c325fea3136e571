/** Storybook config: React + Vite, docs, a11y (failures are errors) and stories-as-tests through Vitest. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages')

/**
 * `stories/` is not a workspace package, so the kit's entry points are aliased
 * to their sources (the same files the `@segkit/source` condition picks).
 */
const segkitAliases = [
  { find: /^@segkit\/react$/, replacement: path.join(packages, 'react/src/index.ts') },
  { find: /^@segkit\/react\/dnd$/, replacement: path.join(packages, 'react/src/dnd/index.ts') },
  { find: /^@segkit\/react\/i18n\/de$/, replacement: path.join(packages, 'react/src/i18n/de.ts') },
  { find: /^@segkit\/react\/styles\.css$/, replacement: path.join(packages, 'react/src/styles.css') },
  { find: /^@segkit\/core$/, replacement: path.join(packages, 'core/src/index.ts') },
  { find: /^@segkit\/core\/(sql|evaluate|testing)$/, replacement: path.join(packages, 'core/src/$1/index.ts') },
]

type Alias = { find: string | RegExp; replacement: string }

/** Vite accepts aliases as a list or a record; keep whatever Storybook set. */
function aliasList(alias: readonly Alias[] | Record<string, string> | undefined): Alias[] {
  if (!alias) return []
  if (Array.isArray(alias)) return [...alias]
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))
}

const config: StorybookConfig = {
  stories: ['../**/*.mdx', '../**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar nor the onboarding guide in the menu: this is a component catalog.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: {
    // Args tables with the real prop types ("'and' | 'or'", "(value: Segment) => void") and defaults read
    // from destructuring, instead of react-docgen's "union" and "-".
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // The kit's sources are the components documented (stories/ is not a TypeScript project of its own).
      include: [path.join(packages, 'react/src/**/*.tsx')],
      exclude: ['**/*.test.tsx', '**/node_modules/**'],
      compilerOptions: { jsx: 4 /* react-jsx */, strict: true, allowImportingTsExtensions: true, noEmit: true },
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      savePropValueAsString: true,
      // The kit's own props only: not every attribute of HTMLButtonElement from @types/react.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  async viteFinal(config) {
    config.resolve = {
      ...config.resolve,
      conditions: ['@segkit/source', 'module', 'browser', 'development|production'],
      alias: [...segkitAliases, ...aliasList(config.resolve?.alias)],
    }
    config.build = {
      ...config.build,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        onLog(level, log, handler) {
          // "use client" directives (segkit's entries, dependencies) mean nothing in a client-only bundle.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return
          handler(level, log)
        },
      },
    }
    return config
  },
}

export default config
