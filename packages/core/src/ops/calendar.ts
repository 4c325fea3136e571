/** The segment's calendar in the builder: whether it matters, and setting its time zone. */
import type { Segment, SegmentNode } from '../model/segment.ts'

/** Whether a node (or anything under it) reads the calendar: a calendar window, calendar `regularly`, or active days. */
function nodeUsesCalendar(node: SegmentNode): boolean {
  switch (node.kind) {
    case 'group':
      return node.children.some(nodeUsesCalendar)
    case 'related':
      return node.root.children.some(nodeUsesCalendar)
    case 'event': {
      const form = node.form
      if (form.type === 'regularly') return form.calendar === true
      if (form.type === 'measure' && form.measure.fn === 'active_days') return true
      return 'window' in form && form.window.type === 'calendar'
    }
    case 'sequence':
      return node.window.type === 'calendar'
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
  return segment.timeZone !== undefined || nodeUsesCalendar(segment.root)
}

/** The segment with another time zone (`undefined`: UTC, the field removed). */
export function setTimeZone(segment: Segment, timeZone: string | undefined): Segment {
  const { timeZone: _, ...rest } = segment
  return timeZone === undefined ? rest : { ...rest, timeZone }
}
