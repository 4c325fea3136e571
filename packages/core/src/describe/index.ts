/** Plain-language descriptions of segments. */
export { type DescribeOptions, describeNode, describeSegment } from './describe.ts'
export { type DescribeMessages, englishDescribeMessages } from './messages.ts'
