/**
 * Theming: the default light and dark themes, the unstyled mode (every part keeps
 * its `data-segkit-part` for your own CSS), and a brand theme through CSS variables.
 */
import { SegmentBuilder } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { expect, within } from 'storybook/test'
import { catalog, preset } from '../fixtures.ts'

const meta = {
  title: 'Builder/Theming',
  component: SegmentBuilder,
  args: { catalog, defaultValue: preset('loyal_lapsed_buyers') },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    unstyled: { control: 'boolean' },
    catalog: { control: false },
    defaultValue: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Themes are CSS variables (`--segkit-*`) scoped to the builder root, switched by `data-theme`. ' +
          '`unstyled` removes every segkit style; parts keep `data-segkit-part` and state attributes.',
      },
    },
  },
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

const rootOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('region', { name: 'Segment rules' })

/** The default theme. */
export const Light: Story = {
  args: { theme: 'light' },
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement)).toHaveAttribute('data-theme', 'light')
    await expect(getComputedStyle(rootOf(canvasElement)).backgroundColor).toBe('rgb(255, 255, 255)')
  },
}

/** The dark theme: same parts, dark variables. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#14171d' } },
  play: async ({ canvasElement }) => {
    await expect(rootOf(canvasElement)).toHaveAttribute('data-theme', 'dark')
    await expect(getComputedStyle(rootOf(canvasElement)).backgroundColor).toBe('rgb(20, 23, 29)')
  },
}

/** No segkit styles at all: bring your own CSS, targeting `[data-segkit-part]`. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement)
    await expect(root).toHaveAttribute('data-unstyled')
    await expect(getComputedStyle(root).getPropertyValue('--segkit-accent')).toBe('')
    await expect(root.querySelector('[data-segkit-part="group"]')).not.toBeNull()
  },
}

const brand = {
  '--segkit-accent': '#0f766e',
  '--segkit-accent-soft': '#ccfbf1',
  '--segkit-and': '#0f766e',
  '--segkit-or': '#b45309',
  '--segkit-radius': '2px',
  '--segkit-font': 'Georgia, serif',
} as CSSProperties

/** A brand theme: override a few `--segkit-*` variables on the builder (or any ancestor). */
export const BrandVariables: Story = {
  args: { style: brand },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(rootOf(canvasElement)).getPropertyValue('--segkit-accent').trim()).toBe('#0f766e')
  },
}
