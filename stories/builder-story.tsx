/** How builder stories render: the toolbar's theme global applies unless the story's args set a theme. */
import type { Segment, SegmentNode } from '@segkit/core'
import { SegmentBuilder, type SegmentBuilderProps } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { catalog, segmentOf } from './fixtures.ts'

/** Builder props for the toolbar's theme global (`light`, `dark`, `unstyled`). */
export function themeFromGlobal(theme: unknown): Pick<SegmentBuilderProps, 'theme' | 'unstyled'> {
  if (theme === 'dark') return { theme: 'dark' }
  if (theme === 'unstyled') return { unstyled: true }
  return { theme: 'light' }
}

/**
 * A story `render` for any meta whose args are builder props. Drag and drop is on (dnd-kit, from
 * `@segkit/react/dnd`) unless the story's args set `dnd` themselves (`undefined` turns it off).
 */
export function renderBuilder(args: SegmentBuilderProps, context: { globals: Record<string, unknown> }) {
  const global = themeFromGlobal(context.globals.theme)
  return (
    <SegmentBuilder
      {...args}
      dnd={'dnd' in args ? args.dnd : dragAndDrop}
      theme={args.theme ?? global.theme}
      unstyled={args.unstyled ?? global.unstyled}
    />
  )
}

/** Args of a condition editor's stories (its props); the canvas renders the condition inside a builder. */
export interface ConditionStoryArgs {
  node: SegmentNode
  readOnly: boolean
  onChange?: unknown
}

/** A story `render` for a condition editor's meta: a builder whose root holds `args.node`. */
export function renderCondition(args: ConditionStoryArgs, context: { globals: Record<string, unknown> }) {
  const onChange = typeof args.onChange === 'function' ? (args.onChange as (segment: Segment) => void) : undefined
  return renderBuilder({ catalog, defaultValue: segmentOf([args.node]), readOnly: args.readOnly, onChange }, context)
}
