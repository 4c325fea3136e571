/**
 * Validation issues in any language: one message per issue `code`, worded
 * from the issue's `params` (the names, values and limits it is about). The
 * English default is the validator's own `message`; another language gives a
 * function for every code (`deIssueMessages`), and TypeScript refuses a set
 * that misses one.
 */
import type { Issue, IssueCode, IssueParam } from '../errors.ts'
import { type DeepPartial, overrideMessages } from './override-messages.ts'

/** The parameters an issue carries (`issue.params`), by name. */
export type IssueParams = Readonly<Record<string, IssueParam>>

/** One message per issue code; `params` is `{}` when the issue carries none. */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams, issue: Issue) => string }

/** The issue's own `params` (`{}` when it carries none). */
export function issueParams(issue: Issue): IssueParams {
  return issue.params ?? {}
}

const own = (issue: Issue) => issue.message

/** English: the validator's message as it is. */
export const englishIssueMessages: IssueMessages = {
  invalid_json: (_, i) => own(i),
  invalid_structure: (_, i) => own(i),
  missing_field: (_, i) => own(i),
  unknown_key: (_, i) => own(i),
  unreadable: (_, i) => own(i),
  invalid_text: (_, i) => own(i),
  limit_exceeded: (_, i) => own(i),
  import_unsupported: (_, i) => own(i),
  unknown_kind: (_, i) => own(i),
  version_too_new: (_, i) => own(i),
  version_invalid: (_, i) => own(i),
  duplicate_id: (_, i) => own(i),
  max_depth: (_, i) => own(i),
  max_size: (_, i) => own(i),
  unknown_entity: (_, i) => own(i),
  unknown_property: (_, i) => own(i),
  unknown_event: (_, i) => own(i),
  unknown_event_property: (_, i) => own(i),
  event_property_not_common: (_, i) => own(i),
  unknown_list: (_, i) => own(i),
  unknown_tag: (_, i) => own(i),
  unknown_segment: (_, i) => own(i),
  unknown_relation: (_, i) => own(i),
  entity_mismatch: (_, i) => own(i),
  operator_not_allowed: (_, i) => own(i),
  value_missing: (_, i) => own(i),
  value_type: (_, i) => own(i),
  value_unexpected: (_, i) => own(i),
  between_order: (_, i) => own(i),
  enum_option: (_, i) => own(i),
  empty_list: (_, i) => own(i),
  at_in_future: (_, i) => own(i),
  ignore_case_not_string: (_, i) => own(i),
  reference_type_mismatch: (_, i) => own(i),
  reference_offset: (_, i) => own(i),
  reference_not_allowed: (_, i) => own(i),
  step_reference_invalid: (_, i) => own(i),
  empty_group: (_, i) => own(i),
  at_least_needs_or: (_, i) => own(i),
  at_least_unreachable: (_, i) => own(i),
  root_disabled: (_, i) => own(i),
  measure_property_type: (_, i) => own(i),
  count_meaningless: (_, i) => own(i),
  window_order: (_, i) => own(i),
  window_empty: (_, i) => own(i),
  unknown_time_zone: (_, i) => own(i),
  calendar_period: (_, i) => own(i),
  period_order: (_, i) => own(i),
  nth_within_meaningless: (_, i) => own(i),
  sequence_too_short: (_, i) => own(i),
  sequence_negative_first: (_, i) => own(i),
  sequence_gap_exceeds_window: (_, i) => own(i),
  sequence_reference_keys: (_, i) => own(i),
  sequence_reference_run: (_, i) => own(i),
  step_reference_event_set: (_, i) => own(i),
  segment_cycle: (_, i) => own(i),
  catalog_invalid: (_, i) => own(i),
  mapping_missing: (_, i) => own(i),
  dialect_unsupported: (_, i) => own(i),
  invalid_data: (_, i) => own(i),
}

/** Options of `formatIssue`. */
export interface FormatIssueOptions {
  /** Messages by issue code: a whole set (`deIssueMessages`) or only the codes to change. */
  messages?: DeepPartial<IssueMessages> | undefined
}

/**
 * The text of an issue in the messages' language, from its code and params.
 * An issue whose code the messages do not know keeps its own message.
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  const messages = overrideMessages(englishIssueMessages, options.messages)
  if (!Object.hasOwn(messages, issue.code)) return issue.message
  return messages[issue.code](issueParams(issue), issue)
}
