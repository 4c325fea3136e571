/** `<TagsInput>`: chips plus an input; Enter adds the typed value, each chip has a remove button. */
import { TagsInput } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const parseText = (text: string) => text
const parseNumber = (text: string) => {
  const n = Number(text)
  return text !== '' && Number.isFinite(n) ? n : undefined
}

const meta = {
  title: 'Fields/TagsInput',
  component: TagsInput<string>,
  decorators: [withFieldFrame],
  args: { value: ['running', 'chess'], parse: parseText, label: 'Interests', onChange: fn() },
  render: (args) => (
    <Stateful<string[]> initial={[...args.value]} onChange={args.onChange}>
      {(value, setValue) => <TagsInput {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof TagsInput<string>>

export default meta
type Story = StoryObj<typeof meta>

/** Add a value with Enter and remove another with its button. */
export const Strings: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox'), 'cooking{Enter}')
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(['running', 'chess', 'cooking']))
    await userEvent.click(canvas.getByRole('button', { name: 'Remove chess' }))
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(['running', 'cooking']))
  },
}

/** Numbers: text that is not a number is not added. */
export const Numbers: Story = {
  render: (args) => (
    <Stateful<number[]> initial={[10, 20]} onChange={args.onChange as never}>
      {(value, setValue) => (
        <TagsInput label="Amounts" value={value} onChange={setValue} parse={parseNumber} disabled={args.disabled} />
      )}
    </Stateful>
  ),
  play: async ({ canvasElement, args }) => {
    await userEvent.type(within(canvasElement).getByRole('textbox'), 'abc{Enter}')
    await expect(args.onChange).not.toHaveBeenCalled()
  },
}

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true },
  parameters: {
    // False positive: the dimmed chips are text of an inactive control, which WCAG 1.4.3 exempts from the
    // contrast minimum; axe cannot tell, since the chips themselves are not disabled elements.
    a11y: { config: { rules: [{ id: 'color-contrast', enabled: false }] } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('textbox')).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Remove chess' })).toBeNull()
  },
}
