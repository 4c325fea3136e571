/** @segkit/core/testing — fixtures: the example catalog, a seeded dataset generator, fast-check arbitraries. */
export { exampleCatalog, PLAN_OPTIONS } from './example-catalog.ts'
