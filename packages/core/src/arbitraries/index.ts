/**
 * @segkit/core/arbitraries — fast-check arbitraries: valid random segments for a
 * catalog and small random datasets. A separate entry so that `@segkit/core/testing`
 * (fixtures, dataset generator, presets) works without the optional `fast-check` peer.
 */
export {
  arbitraryDataset,
  arbitrarySegment,
  type DatasetArbitraryOptions,
  predicateArb,
  referenceArb,
  type SegmentArbitraryOptions,
} from '../testing/arbitrary.ts'
