/** Translating @segkit/core: deep-partial messages, issue texts by code, and a complete German set. */
export {
  type ExplainMessages,
  type ExplainTextOptions,
  englishExplainMessages,
  formatExplanation,
  type RelatedNeed,
} from '../evaluate/explain-text.ts'
export { deDescribeMessages, deExplainMessages, deIssueMessages, deMessages } from './de.ts'
export {
  englishIssueMessages,
  type FormatIssueOptions,
  formatIssue,
  type IssueMessages,
  type IssueParams,
  issueParams,
} from './issue-messages.ts'
export { type DeepPartial, overrideMessages } from './override-messages.ts'
