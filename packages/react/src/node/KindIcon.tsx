/**
 * The icon of a condition kind (decorative: the row's controls and text say what it is). One small
 * 16×16 stroke path per kind, so the icons cost a few hundred bytes and follow `currentColor`.
 */
import type { ConditionKind } from '@segkit/core'

const PATHS: Record<ConditionKind | 'opaque', string> = {
  // a tag-like label: a property of the entity
  property: 'M3 3h6l4 4-6 6-4-4V3Z M6 6h.01',
  // a lightning bolt: something the entity did
  event: 'M9 2 4 9h4l-1 5 5-7H8l1-5Z',
  // three steps with arrows
  sequence: 'M2 8h3 M7 8h2 M11 8h3 M4 6l2 2-2 2 M9 6l2 2-2 2',
  // a bulleted list
  list: 'M6 4h8 M6 8h8 M6 12h8 M2.5 4h.01 M2.5 8h.01 M2.5 12h.01',
  // a hash
  tag: 'M6 2 5 14 M11 2l-1 12 M2.5 6h11 M2 10h11',
  // two overlapping circles: another segment
  segment: 'M6 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7Z M10 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7Z',
  // a building: the related account (or its users)
  related: 'M3 14V3h6v11 M9 7h4v7 M2 14h12 M5 5.5h2 M5 8h2 M5 10.5h2',
  // a question mark: a node the library cannot read
  opaque: 'M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5V10 M8 12.5h.01',
}

/** Props of {@link KindIcon}. */
export interface KindIconProps {
  kind: ConditionKind | 'opaque'
}

/** The decorative icon of a condition kind (`data-segkit-part="kind-icon"`, `data-kind`). */
export function KindIcon({ kind }: KindIconProps) {
  return (
    <span data-segkit-part="kind-icon" data-kind={kind} aria-hidden="true">
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={PATHS[kind]} />
      </svg>
    </span>
  )
}
