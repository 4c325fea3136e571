/**
 * Whole segments in code: `defineSegment(catalog, 'user', ({ and, prop, performed }) => and(…))`
 * and its shorthand `userSegment`. Ids are generated; the result is checked
 * against the catalog and thrown back as a `SegmentError` if it is not valid.
 */

import type { Catalog } from '../catalog/schema.ts'
import { hasErrors, SegmentError } from '../errors.ts'
import { SEGMENT_VERSION, type Segment } from '../model/segment.ts'
import type { Weekday } from '../model/time.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { type Author, author } from './author.ts'
import type { EntityIdOf, ReadonlyCatalog } from './catalog-types.ts'
import { asGroup } from './group.ts'
import { type AuthoredNode, type IdSource, sequentialIds } from './node.ts'

/** Options of {@link defineSegment}. */
export interface DefineSegmentOptions {
  /** The segment's id (default `segment`). */
  id?: string | undefined
  /** Its name (default `Untitled segment`). */
  name?: string | undefined
  /** Its description. */
  description?: string | undefined
  /** IANA time zone of its calendar windows and active days (default UTC). */
  timeZone?: string | undefined
  /** First day of its calendar weeks (default `monday`). */
  weekStart?: Weekday | undefined
  /** Where node ids come from (default {@link sequentialIds}: `g1`, `c2`, `s3`, `f4`…). */
  ids?: IdSource | undefined
}

/**
 * A segment of entity type `entity`, written with the typed authoring functions:
 *
 * ```ts
 * defineSegment(catalog, 'user', ({ and, prop, performed }) =>
 *   and(prop('plan').eq('pro'), performed('purchased').atLeast(3).inLast(30, 'day')),
 * )
 * ```
 *
 * A condition alone becomes the only child of an AND root. The segment is
 * validated against the catalog; errors throw a {@link SegmentError} (a mistake
 * in code, like a wrong id in a catalog typed only as `Catalog`), warnings do not.
 */
export function defineSegment<const C extends ReadonlyCatalog, E extends EntityIdOf<C>>(
  catalog: C,
  entity: E,
  build: (author: Author<C, E>) => AuthoredNode,
  options: DefineSegmentOptions = {},
): Segment {
  const root = asGroup(build(author(catalog, entity))).toNode(options.ids ?? sequentialIds())
  const segment: Segment = {
    version: SEGMENT_VERSION,
    id: options.id ?? 'segment',
    name: options.name ?? 'Untitled segment',
    entity,
    root,
  }
  if (options.description !== undefined) segment.description = options.description
  if (options.timeZone !== undefined) segment.timeZone = options.timeZone
  if (options.weekStart !== undefined) segment.weekStart = options.weekStart
  const issues = validateSegment(segment, catalog as unknown as Catalog)
  if (hasErrors(issues))
    throw new SegmentError(
      `Segment '${segment.name}' is not valid`,
      issues.filter((i) => i.severity === 'error'),
    )
  return segment
}

/** {@link defineSegment} for the entity type `user`. */
export function userSegment<const C extends ReadonlyCatalog>(
  catalog: C,
  build: (author: Author<C, 'user'>) => AuthoredNode,
  options: DefineSegmentOptions = {},
): Segment {
  return defineSegment(
    catalog,
    'user' as EntityIdOf<C>,
    build as (author: Author<C, EntityIdOf<C>>) => AuthoredNode,
    options,
  )
}
