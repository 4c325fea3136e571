// Size budgets (size-limit, minified + gzip). The @segkit/react entries bundle with esbuild's code splitting
// (ESM), as apps do: the figure is every chunk of the builder, the later chunk included, each file gzipped on
// its own. Without splitting, esbuild would inline the builder's import() as lazily initialised modules, which
// also keeps unused code. What loads first (before the later chunk) is checked by scripts/size-first-load.mjs.
// 2026-12-03 (second session): the budgets rose with the language — time zones and calendar windows, event
// sets and the n-th time, step references and value computed properties (each a schema, a shape check, a
// validation, an evaluator pass and SQL) — and sit ~0.3 kB above the measured figures, as regression guards.
const split = (config) => ({ ...config, splitting: true, format: 'esm' })

export default [
  {
    name: '@segkit/core (main entry: model, validation, JSON, ops, describe; with zod/mini)',
    path: 'packages/core/dist/index.js',
    import: '*',
    gzip: true,
    limit: '53.5 kB',
  },
  {
    name: '@segkit/core/sql (with the parts of core it uses)',
    path: 'packages/core/dist/sql/index.js',
    import: '*',
    gzip: true,
    limit: '46.3 kB',
  },
  {
    name: '@segkit/core/evaluate (with the parts of core it uses)',
    path: 'packages/core/dist/evaluate/index.js',
    import: '*',
    gzip: true,
    limit: '36 kB',
  },
  {
    name: '@segkit/core/json-schema',
    path: 'packages/core/dist/json/json-schema.js',
    import: '*',
    gzip: true,
  },
  {
    name: '@segkit/core, all three runtime entries together',
    path: ['packages/core/dist/index.js', 'packages/core/dist/sql/index.js', 'packages/core/dist/evaluate/index.js'],
    import: {
      'packages/core/dist/index.js': '*',
      'packages/core/dist/sql/index.js': '{ toSql }',
      'packages/core/dist/evaluate/index.js': '{ createEvaluator }',
    },
    gzip: true,
  },
  {
    name: "@segkit/react { SegmentBuilder }, all chunks: the whole builder with @segkit/core and zustand, like-for-like with react-querybuilder's { QueryBuilder } (react and react-dom excluded; its first load: scripts/size-first-load.mjs)",
    path: 'packages/react/dist/index.js',
    import: '{ SegmentBuilder }',
    ignore: ['react', 'react-dom'],
    gzip: true,
    modifyEsbuildConfig: split,
    limit: '63.3 kB',
  },
  {
    name: '@segkit/react import *: every export (builder, parts, fields, preview, hooks) with @segkit/core and zustand (react and react-dom excluded)',
    path: 'packages/react/dist/index.js',
    import: '*',
    ignore: ['react', 'react-dom'],
    gzip: true,
    modifyEsbuildConfig: split,
    limit: '67.5 kB',
  },
  {
    name: '@segkit/react { SegmentBuilder } with drag and drop: + @segkit/react/dnd and dnd-kit (react and react-dom excluded)',
    path: ['packages/react/dist/index.js', 'packages/react/dist/dnd/index.js'],
    import: {
      'packages/react/dist/index.js': '{ SegmentBuilder }',
      'packages/react/dist/dnd/index.js': '{ dragAndDrop }',
    },
    ignore: ['react', 'react-dom'],
    gzip: true,
    modifyEsbuildConfig: split,
    limit: '82.3 kB',
  },
  {
    name: '@segkit/react own code only (everything else excluded), for the analysis',
    path: 'packages/react/dist/index.js',
    import: '*',
    ignore: ['react', 'react-dom', '@dnd-kit/*', '@segkit/core', 'zustand'],
    gzip: true,
    modifyEsbuildConfig: split,
  },
  {
    name: 'react-querybuilder QueryBuilder, for comparison (with its deps; react and react-dom excluded)',
    path: 'node_modules/react-querybuilder/dist/react-querybuilder.mjs',
    import: '{ QueryBuilder }',
    ignore: ['react', 'react-dom'],
    gzip: true,
  },
  {
    name: 'react-querybuilder QueryBuilder with drag and drop (@react-querybuilder/dnd, react-dnd, its HTML5 backend), for comparison',
    path: [
      'node_modules/react-querybuilder/dist/react-querybuilder.mjs',
      'node_modules/@react-querybuilder/dnd/dist/react-querybuilder_dnd.mjs',
      'node_modules/react-dnd/dist/index.js',
      'node_modules/react-dnd-html5-backend/dist/index.js',
    ],
    import: {
      'node_modules/react-querybuilder/dist/react-querybuilder.mjs': '{ QueryBuilder }',
      'node_modules/@react-querybuilder/dnd/dist/react-querybuilder_dnd.mjs': '{ QueryBuilderDnD }',
      'node_modules/react-dnd/dist/index.js': '{ DndProvider, useDrag, useDrop }',
      'node_modules/react-dnd-html5-backend/dist/index.js': '{ HTML5Backend }',
    },
    ignore: ['react', 'react-dom'],
    gzip: true,
  },
  {
    name: 'react-querybuilder formatQuery, for comparison',
    path: 'node_modules/react-querybuilder/dist/formatQuery.mjs',
    import: '{ formatQuery }',
    gzip: true,
  },
]
