/**
 * Fields read the builder's messages, catalog and options: the frame gives them
 * a builder context without the builder UI, themed by the toolbar's global.
 */
import { SegmentBuilderProvider } from '@segkit/react'
import type { Decorator } from '@storybook/react-vite'
import { type ReactNode, useState } from 'react'
import { themeFromGlobal } from '../builder-story.tsx'
import { catalog } from '../fixtures.ts'

/** Decorator: a builder context and a themed `data-segkit-root` around the story. */
export const withFieldFrame: Decorator = (Story, context) => {
  const theme = themeFromGlobal(context.globals.theme)
  return (
    <SegmentBuilderProvider catalog={catalog}>
      <div
        data-segkit-root=""
        data-theme={theme.theme ?? 'light'}
        data-unstyled={theme.unstyled ? '' : undefined}
        style={{ padding: 12 }}
      >
        <Story />
      </div>
    </SegmentBuilderProvider>
  )
}

/** Holds a field's value so that the story is interactive; `onChange` also reaches the story's spy. */
export function Stateful<V>(props: {
  initial: V
  onChange?: ((value: V) => void) | undefined
  children: (value: V, setValue: (value: V) => void) => ReactNode
}) {
  const [value, setValue] = useState(props.initial)
  return (
    <>
      {props.children(value, (next) => {
        setValue(next)
        props.onChange?.(next)
      })}
    </>
  )
}
