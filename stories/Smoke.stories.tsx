import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'

function Counter() {
  const [n, setN] = useState(0)
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n}
    </button>
  )
}
const meta = { title: 'Smoke', component: Counter } satisfies Meta<typeof Counter>
export default meta
export const Default: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    await userEvent.click(c.getByRole('button'))
    await expect(c.getByRole('button')).toHaveTextContent('Clicked 1')
  },
}
