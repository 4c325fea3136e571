/**
 * Issues and errors. Public functions report bad input as values (`Issue[]`);
 * functions that need a valid segment (SQL, evaluation) throw `SegmentError`,
 * which carries the same issues.
 */

export type IssueSeverity = 'error' | 'warning'

/** Every issue code the library reports. */
export type IssueCode =
  // structure and JSON
  | 'invalid_json'
  | 'invalid_structure'
  | 'missing_field'
  | 'unknown_key'
  | 'unreadable'
  | 'invalid_text'
  | 'limit_exceeded'
  | 'import_unsupported'
  | 'unknown_kind'
  | 'version_too_new'
  | 'version_invalid'
  | 'duplicate_id'
  | 'max_depth'
  | 'max_size'
  // catalog references
  | 'unknown_entity'
  | 'unknown_property'
  | 'unknown_event'
  | 'unknown_event_property'
  | 'event_property_not_common'
  | 'unknown_list'
  | 'unknown_tag'
  | 'unknown_segment'
  | 'unknown_relation'
  | 'entity_mismatch'
  // values and operators
  | 'operator_not_allowed'
  | 'value_missing'
  | 'value_type'
  | 'value_unexpected'
  | 'between_order'
  | 'enum_option'
  | 'empty_list'
  | 'at_in_future'
  | 'ignore_case_not_string'
  | 'reference_type_mismatch'
  | 'reference_offset'
  | 'reference_not_allowed'
  | 'step_reference_invalid'
  // groups, events, sequences, segments
  | 'empty_group'
  | 'at_least_needs_or'
  | 'at_least_unreachable'
  | 'root_disabled'
  | 'measure_property_type'
  | 'count_meaningless'
  | 'window_order'
  | 'window_empty'
  | 'unknown_time_zone'
  | 'calendar_period'
  | 'period_order'
  | 'nth_within_meaningless'
  | 'sequence_too_short'
  | 'sequence_negative_first'
  | 'sequence_gap_exceeds_window'
  | 'sequence_reference_keys'
  | 'sequence_reference_run'
  | 'step_reference_event_set'
  | 'segment_cycle'
  | 'catalog_invalid'
  // SQL: the mapping lacks a table or column the segment needs
  | 'mapping_missing'
  // SQL: the dialect cannot say what the segment needs (SQLite: calendar windows at 'now')
  | 'dialect_unsupported'
  // data given to the evaluator
  | 'invalid_data'

/** A value an issue's message is built from, for translations (`{limit}`, `{property}`…). */
export type IssueParam = string | number | boolean

/** A problem found in a segment or a catalog: where it is (`path`, `nodeId`), what it is (`code`, `params`) and an English `message`. */
export interface Issue {
  /** Path from the document root, e.g. `['root', 'children', 2, 'value']`. */
  path: (string | number)[]
  /** Id of the tree node the issue concerns, when there is one. */
  nodeId?: string | undefined
  /**
   * Where in that node the issue lies: `path` without the node's own path, e.g.
   * `['value']`, `['filters', 0, 'operator']`, `['form', 'window']`; empty for the node
   * as a whole. Absent when the issue concerns no node (the document's `name`…).
   * The builder shows an issue next to the field it names.
   */
  field?: (string | number)[] | undefined
  code: IssueCode
  /** English text; the UI may replace it through its messages, keyed by `code`, filled from `params`. */
  message: string
  /**
   * The values the message is built from, so a translation can say the same thing:
   * e.g. `{ limit: 'maxListValues', max: 1000, actual: 1500 }` for `limit_exceeded`.
   * Keys per code are listed in docs/json-format.md.
   */
  params?: Readonly<Record<string, IssueParam>> | undefined
  severity: IssueSeverity
}

/** Thrown by functions that require a valid segment or catalog; lists the issues. */
export class SegmentError extends Error {
  override readonly name = 'SegmentError'
  readonly issues: readonly Issue[]
  constructor(message: string, issues: readonly Issue[]) {
    const first = issues[0]
    super(first ? `${message}: ${first.message} (at ${first.path.join('.') || 'root'})` : message)
    this.issues = issues
  }
}

/** Whether any issue has `error` severity (warnings alone keep a segment valid). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}
