/** The segment's calendar in the builder: whether it matters, and setting its time zone and week start. */
import type { Segment, SegmentNode } from '../model/segment.ts'
import { calendarUnitOf, type Weekday, type Window } from '../model/time.ts'

/** What of the calendar a node reads: any of it (time zone), or its weeks only (week start). */
type CalendarUse = 'any' | 'weeks'

const windowUses = (window: Window, use: CalendarUse) =>
  window.type === 'calendar' && (use === 'any' || window.unit === 'week')

/**
 * Whether a node (or anything under it) reads the calendar: a calendar window, calendar `regularly`, or
 * active days (`weeks`: a calendar week window or calendar weekly `regularly`).
 */
function nodeUsesCalendar(node: SegmentNode, use: CalendarUse): boolean {
  switch (node.kind) {
    case 'group':
      return node.children.some((child) => nodeUsesCalendar(child, use))
    case 'related':
      return node.root.children.some((child) => nodeUsesCalendar(child, use))
    case 'event': {
      const form = node.form
      if (form.type === 'regularly')
        return form.calendar === true && (use === 'any' || calendarUnitOf(form.period) === 'week')
      if (form.type === 'measure' && form.measure.fn === 'active_days') return use === 'any'
      return 'window' in form && windowUses(form.window, use)
    }
    case 'sequence':
      return windowUses(node.window, use)
    case 'property':
    case 'list':
    case 'tag':
    case 'segment':
    case 'opaque':
      return false
    default: {
      node satisfies never
      return false
    }
  }
}

/**
 * Whether the segment's time zone changes its meaning (a calendar window, calendar `regularly`,
 * active days), or it names one: the builder then shows its time-zone field.
 */
export function usesCalendar(segment: Segment): boolean {
  return segment.timeZone !== undefined || nodeUsesCalendar(segment.root, 'any')
}

/**
 * Whether the segment's week start changes its meaning (a calendar week window, calendar weekly
 * `regularly`), or it names one: the builder then shows its week-start field.
 */
export function usesWeeks(segment: Segment): boolean {
  return segment.weekStart !== undefined || nodeUsesCalendar(segment.root, 'weeks')
}

/** The segment with another week start (`undefined`: Monday, the ISO default, the field removed). */
export function setWeekStart(segment: Segment, weekStart: Weekday | undefined): Segment {
  const { weekStart: _, ...rest } = segment
  return weekStart === undefined ? rest : { ...rest, weekStart }
}

/** The segment with another time zone (`undefined`: UTC, the field removed). */
export function setTimeZone(segment: Segment, timeZone: string | undefined): Segment {
  const { timeZone: _, ...rest } = segment
  return timeZone === undefined ? rest : { ...rest, timeZone }
}
