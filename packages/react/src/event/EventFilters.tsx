/**
 * The property filters of an event (an event condition's, or a sequence
 * step's): "where amount > 10 and coupon is set", with add and remove.
 */
import {
  createFilter,
  deleteFilter,
  type EventDef,
  type EventFilter,
  eventEntity,
  type Issue,
  insertFilter,
  patchFilter,
} from '@segkit/core'
import type { ReactNode } from 'react'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { issuesUnder } from '../fields/field-issues.ts'
import { PredicateEditor } from '../fields/PredicateEditor.tsx'
import { useFocusAfterChange } from './use-focus-after-change.ts'

const NO_PROPERTIES = [] as const

/** The filters with `next` in place of the filter of its id (a whole filter: a value it lacks is gone). */
const replaceFilter = (filters: readonly EventFilter[], next: EventFilter) =>
  filters.map((f) => (f.id === next.id ? next : f))

/** Props of {@link EventFilters}. */
export interface EventFiltersProps {
  /** The event filtered (undefined when the catalog does not know it). */
  event: EventDef | undefined
  /** Its id, to create filters. */
  eventId: string
  filters: readonly EventFilter[]
  onChange: (filters: EventFilter[]) => void
  readOnly: boolean
  /** The node's issues; those under `[...pathPrefix, 'filters', i]` go to filter i. */
  issues: readonly Issue[]
  /** Where the filters sit inside the node: `[]` for an event condition, `['steps', i]` for a step. */
  pathPrefix?: readonly (string | number)[] | undefined
  /**
   * Another editor for some filters and extra controls after each (a sequence step's comparisons
   * with earlier steps, which load with the sequence editor, not with every event condition).
   */
  override?: FilterOverride | undefined
}

/** See {@link EventFiltersProps.override}. */
export interface FilterOverride {
  /** The editor of `filter` instead of the predicate editor, or null for the predicate editor. */
  editor(filter: EventFilter, onChange: (next: EventFilter) => void, issues: readonly Issue[]): ReactNode
  /** Controls after the filter's editor (not in read-only mode). */
  extra(filter: EventFilter, onChange: (next: EventFilter) => void): ReactNode
}

/** Filters on an event's properties, each a {@link PredicateEditor}. */
export function EventFilters({
  event,
  eventId,
  filters,
  onChange,
  readOnly,
  issues,
  pathPrefix = [],
  override,
}: EventFiltersProps) {
  const m = useMessages()
  const { catalog } = useCatalog()
  const { IssueList } = useComponents()
  const properties = event?.properties ?? NO_PROPERTIES
  const { containerRef, focusAfterChange } = useFocusAfterChange<HTMLElement>()
  const canAdd = properties.length > 0
  const source = event ? { entity: eventEntity(event), event: eventId } : undefined
  const others = issuesUnder(issues, [...pathPrefix, 'filters']).filter(
    (issue) => !filters.some((_, i) => issuesUnder([issue], [...pathPrefix, 'filters', i]).length > 0),
  )
  if (readOnly && filters.length === 0) return null
  const add = !readOnly && (
    <button
      type="button"
      data-segkit-part="event-filter-add"
      disabled={!canAdd}
      title={canAdd ? undefined : m.eventNoProperties}
      onClick={() => {
        const filter = createFilter(catalog, eventId)
        if (!filter) return
        onChange(insertFilter(filters, filter))
        focusAfterChange([`[data-filter-index="${filters.length}"] [data-segkit-part="property-picker"]`], {
          open: true,
        })
      }}
    >
      <span aria-hidden="true">+</span>
      {m.eventAddFilter}
    </button>
  )
  // Without filters, "+ Add filter" is a small button at the end of the sentence, not a box of its own.
  if (filters.length === 0 && others.length === 0)
    return (
      <span ref={containerRef} data-segkit-part="event-filters" data-count={0}>
        {add}
      </span>
    )
  return (
    <fieldset
      ref={(element) => {
        containerRef.current = element
      }}
      data-segkit-part="event-filters"
      data-count={filters.length}
      aria-label={m.eventFilters}
    >
      {filters.map((filter, i) => (
        <div key={filter.id} data-segkit-part="event-filter" data-filter-index={i}>
          <span data-segkit-part="event-filter-joiner">{i === 0 ? m.eventWhere : m.eventAnd}</span>
          {override?.editor(
            filter,
            (next) => onChange(replaceFilter(filters, next)),
            issuesUnder(issues, [...pathPrefix, 'filters', i]),
          ) ?? (
            <PredicateEditor
              predicate={filter}
              properties={properties}
              onChange={(next) => onChange(patchFilter(filters, filter.id, next))}
              disabled={readOnly}
              issues={issuesUnder(issues, [...pathPrefix, 'filters', i])}
              source={source}
            />
          )}
          {!readOnly && override?.extra(filter, (next) => onChange(replaceFilter(filters, next)))}
          {!readOnly && (
            <button
              type="button"
              data-segkit-part="event-filter-remove"
              aria-label={m.eventRemoveFilter(i + 1)}
              title={m.eventRemoveFilter(i + 1)}
              onClick={() => {
                onChange(deleteFilter(filters, filter.id))
                // Focus the filter before (now at i - 1), else the one that took its place, else "Add filter".
                focusAfterChange([
                  `[data-filter-index="${Math.max(0, i - 1)}"] [data-segkit-part="event-filter-remove"]`,
                  '[data-segkit-part="event-filter-add"]',
                ])
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      ))}
      {add}
      {IssueList && <IssueList issues={others} />}
    </fieldset>
  )
}
