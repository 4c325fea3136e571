/** Plain-language descriptions of segments. */
export { type DescribeOptions, describeNode, describeSegment, wordDescription } from './describe.ts'
export { type Description, describeGroupTree, describeNodeTree, type LeafNode } from './description.ts'
export { type FormatPropertyValueOptions, formatPropertyValue } from './format-value.ts'
export {
  type ComparisonWording,
  type DescribeMessages,
  englishDescribeMessages,
  type PredicateWording,
  type RelatedWording,
} from './messages.ts'
