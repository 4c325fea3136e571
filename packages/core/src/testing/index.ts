/** @segkit/core/testing — fixtures: the example catalog, a seeded dataset generator, preset segments.
 * The fast-check arbitraries live in `@segkit/core/arbitraries` (fast-check is an optional peer). */
export { exampleCatalog, PLAN_OPTIONS } from './example-catalog.ts'
export { blackFriday, DAY_MS, FIXTURE_AS_OF, FIXTURE_AS_OF_MS, lastBlackFriday } from './fixture-time.ts'
export { type Archetype, type GenerateOptions, generateDataset } from './generate-dataset.ts'
export { type PresetSegment, presetSegments } from './presets.ts'
export { createRandom, type Random } from './random.ts'
export { DURATION_POOL, NUMBER_POOL, STRING_POOL } from './value-pools.ts'
