/**
 * The `components` map filled with shadcn/ui-style parts: Radix primitives (per-primitive imports
 * from `radix-ui`) with shadcn's class names and tokens, as a team on shadcn/ui would write them in
 * `components/ui/*`. They drop in because each part gets plain data and callbacks. The kit's own
 * parts stay native (its AND / OR is two `<input type="radio">`, ~0.2 kB against 9.7 kB for Radix
 * RadioGroup, docs/performance.md); a team that wants Radix there passes it, as the `RadixRadioGroup`
 * story does, and pays for it only in its own bundle.
 */
import type { Segment } from '@segkit/core'
import {
  type CombinatorToggleProps,
  type ComponentsOverride,
  type IssueListProps,
  type NegateToggleProps,
  type NodeActionsProps,
  SegmentBuilder,
  type UndoRedoProps,
} from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { DropdownMenu, RadioGroup, Switch, ToggleGroup, Tooltip } from 'radix-ui'
import type { ReactNode } from 'react'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderBuilder } from '../builder-story.tsx'
import { catalog, conditions, groupOf, lastSegment, rowOf, segmentOf } from '../fixtures.ts'

/** shadcn/ui's tokens and the few classes its parts use, light and dark (what `globals.css` holds there). */
const shadcnCss = `
.ui-scope { --background: #fff; --foreground: #09090b; --muted: #f4f4f5; --muted-foreground: #52525b;
  --border: #e4e4e7; --primary: #18181b; --primary-foreground: #fafafa; --destructive: #b91c1c; --ring: #18181b; }
.ui-scope[data-theme="dark"], [data-theme="dark"] .ui-scope { --background: #09090b; --foreground: #fafafa;
  --muted: #27272a; --muted-foreground: #a1a1aa; --border: #3f3f46; --primary: #fafafa;
  --primary-foreground: #18181b; --destructive: #f87171; --ring: #d4d4d8; }
.ui-button { display: inline-flex; align-items: center; gap: 4px; height: 28px; padding: 0 10px; border-radius: 6px;
  border: 1px solid var(--border); background: var(--background); color: var(--foreground); font: 500 13px system-ui; cursor: pointer; }
.ui-button:disabled { opacity: 0.6; cursor: default; }
.ui-button:focus-visible, .ui-switch:focus-visible, .ui-toggle-item:focus-visible { outline: 2px solid var(--ring); outline-offset: 2px; }
.ui-toggle-group { display: inline-flex; border: 1px solid var(--border); border-radius: 6px; padding: 2px; background: var(--muted); }
.ui-toggle-item { height: 24px; padding: 0 10px; border: 0; border-radius: 4px; background: transparent; color: var(--muted-foreground); font: 600 12px system-ui; cursor: pointer; }
.ui-toggle-item[data-state="on"], .ui-toggle-item[data-state="checked"] { background: var(--background); color: var(--foreground); box-shadow: 0 1px 2px rgb(0 0 0 / 0.12); }
.ui-switch-label { display: inline-flex; align-items: center; gap: 6px; font: 600 12px system-ui; color: var(--foreground); }
.ui-switch { width: 32px; height: 18px; border-radius: 999px; border: 0; padding: 2px; background: var(--border); cursor: pointer; }
.ui-switch[data-state="checked"] { background: var(--primary); }
.ui-switch-thumb { display: block; width: 14px; height: 14px; border-radius: 999px; background: var(--background); transition: transform 120ms; }
.ui-switch-thumb[data-state="checked"] { transform: translateX(14px); }
.ui-menu { min-width: 10rem; padding: 4px; border: 1px solid var(--border); border-radius: 8px; background: var(--background);
  color: var(--foreground); box-shadow: 0 8px 24px rgb(0 0 0 / 0.16); font: 13px system-ui; }
.ui-menu-item { padding: 6px 8px; border-radius: 4px; outline: none; cursor: pointer; }
.ui-menu-item[data-highlighted] { background: var(--muted); }
.ui-menu-item[data-disabled] { opacity: 0.5; }
.ui-menu-item[data-variant="destructive"] { color: var(--destructive); }
.ui-tooltip { padding: 4px 8px; border-radius: 6px; background: var(--primary); color: var(--primary-foreground); font: 12px system-ui; }
.ui-alert { margin: 4px 0 0; padding: 6px 10px; border: 1px solid var(--destructive); border-radius: 6px; color: var(--destructive); font: 12px system-ui; }
`

/** shadcn's `<ToggleGroup type="single">` for AND / OR: Radix roving focus, arrow keys between the two. */
function CombinatorToggleGroup({ value, onChange, disabled }: CombinatorToggleProps) {
  return (
    <ToggleGroup.Root
      type="single"
      className="ui-toggle-group"
      aria-label="Match all or any"
      value={value}
      disabled={disabled}
      onValueChange={(next) => {
        if (next === 'and' || next === 'or') onChange(next)
      }}
    >
      <ToggleGroup.Item className="ui-toggle-item" value="and">
        AND
      </ToggleGroup.Item>
      <ToggleGroup.Item className="ui-toggle-item" value="or">
        OR
      </ToggleGroup.Item>
    </ToggleGroup.Root>
  )
}

/** shadcn's `<RadioGroup>` for AND / OR: the Radix primitive the kit used before its native radios. */
function CombinatorRadioGroup({ value, onChange, disabled }: CombinatorToggleProps) {
  return (
    <RadioGroup.Root
      className="ui-toggle-group"
      aria-label="Match all or any"
      orientation="horizontal"
      loop
      value={value}
      disabled={disabled}
      onValueChange={(next) => {
        if (next === 'and' || next === 'or') onChange(next)
      }}
    >
      <RadioGroup.Item className="ui-toggle-item" value="and">
        AND
      </RadioGroup.Item>
      <RadioGroup.Item className="ui-toggle-item" value="or">
        OR
      </RadioGroup.Item>
    </RadioGroup.Root>
  )
}

/** shadcn's `<Switch>` with a label for NOT. */
function NegateSwitch({ pressed, onChange, disabled }: NegateToggleProps) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the Radix switch inside is the labelled control (a button)
    <label className="ui-switch-label">
      <Switch.Root className="ui-switch" checked={pressed} onCheckedChange={onChange} disabled={disabled}>
        <Switch.Thumb className="ui-switch-thumb" />
      </Switch.Root>
      NOT
    </label>
  )
}

function MenuItem(props: { onSelect: () => void; disabled?: boolean; destructive?: boolean; children: ReactNode }) {
  return (
    <DropdownMenu.Item
      className="ui-menu-item"
      disabled={props.disabled}
      data-variant={props.destructive ? 'destructive' : undefined}
      onSelect={props.onSelect}
    >
      {props.children}
    </DropdownMenu.Item>
  )
}

/** shadcn's `<DropdownMenu>` for a node's actions. */
function ActionsDropdown(props: NodeActionsProps) {
  if (props.readOnly) return null
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="ui-button" aria-label="Actions">
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="ui-menu ui-scope" align="end" sideOffset={4}>
          <MenuItem onSelect={props.onDuplicate}>Duplicate</MenuItem>
          <MenuItem onSelect={() => props.onSetDisabled(!props.disabled)}>
            {props.disabled ? 'Enable' : 'Disable'}
          </MenuItem>
          <MenuItem onSelect={props.onWrapInGroup}>Wrap in group</MenuItem>
          <MenuItem disabled={!props.onMoveUp} onSelect={() => props.onMoveUp?.()}>
            Move up
          </MenuItem>
          <MenuItem disabled={!props.onMoveDown} onSelect={() => props.onMoveDown?.()}>
            Move down
          </MenuItem>
          <MenuItem destructive onSelect={props.onRemove}>
            Delete
          </MenuItem>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}

/** shadcn's `<Button>`s with `<Tooltip>`s for undo and redo. */
function UndoRedoButtons({ canUndo, canRedo, onUndo, onRedo }: UndoRedoProps) {
  const button = (label: string, hint: string, enabled: boolean, run: () => void) => (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button type="button" className="ui-button" disabled={!enabled} onClick={run}>
          {label}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="ui-tooltip ui-scope" sideOffset={4}>
          {hint}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
  return (
    <Tooltip.Provider delayDuration={300}>
      <span style={{ display: 'inline-flex', gap: 6 }}>
        {button('Undo', 'Ctrl+Z', canUndo, onUndo)}
        {button('Redo', 'Ctrl+Shift+Z', canRedo, onRedo)}
      </span>
    </Tooltip.Provider>
  )
}

/** shadcn's `<Alert variant="destructive">` for issues. */
function AlertIssues({ issues, id }: IssueListProps) {
  if (issues.length === 0) return null
  return (
    <div id={id} role="note" className="ui-alert">
      {issues.map((issue) => issue.message).join(' · ')}
    </div>
  )
}

const shadcn: ComponentsOverride = {
  CombinatorToggle: CombinatorToggleGroup,
  NegateToggle: NegateSwitch,
  NodeActions: ActionsDropdown,
  UndoRedo: UndoRedoButtons,
  IssueList: AlertIssues,
}

const segment: Segment = segmentOf([
  conditions.property,
  conditions.event,
  { id: 'g_or', kind: 'group', combinator: 'or', children: [conditions.list, conditions.tag] },
])

const meta = {
  title: 'Builder/Shadcn components',
  component: SegmentBuilder,
  render: (args, context) => (
    <div className="ui-scope" data-theme={context.globals.theme === 'dark' ? 'dark' : 'light'}>
      <style>{shadcnCss}</style>
      {renderBuilder(args, context)}
    </div>
  ),
  args: { catalog, defaultValue: segment, components: shadcn, onChange: fn() },
  argTypes: { catalog: { control: false }, components: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'A `components` map of shadcn/ui-style parts on Radix primitives: ToggleGroup for AND/OR, Switch for NOT, ' +
          'DropdownMenu for node actions, Button + Tooltip for undo/redo, an Alert for issues.',
      },
    },
  },
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** Switch a group to OR with the toggle group, negate it with the switch, duplicate a row from the dropdown. */
export const DropIn: Story = {
  play: async ({ canvasElement, args }) => {
    const group = within(groupOf(canvasElement, 'g_or'))
    await userEvent.click(group.getAllByRole('radio', { name: 'AND' })[0] as HTMLElement)
    await waitFor(() => expect(lastSegment(args.onChange).root.children[2]).toMatchObject({ combinator: 'and' }))
    await userEvent.click(group.getAllByRole('switch')[0] as HTMLElement)
    await waitFor(() => expect(lastSegment(args.onChange).root.children[2]).toMatchObject({ negated: true }))
    await userEvent.click(within(rowOf(canvasElement, 'c_plan')).getByRole('button', { name: 'Actions' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Duplicate' }))
    await waitFor(() => expect(lastSegment(args.onChange).root.children).toHaveLength(4))
  },
}

/** Radix RadioGroup in the AND / OR slot: arrow keys move focus and selection together (Radix's roving focus). */
export const RadixRadioGroup: Story = {
  args: { components: { ...shadcn, CombinatorToggle: CombinatorRadioGroup } },
  play: async ({ canvasElement, args }) => {
    const group = within(groupOf(canvasElement, 'g_or'))
    const and = group.getAllByRole('radio', { name: 'AND' })[0] as HTMLElement
    await userEvent.click(and)
    await waitFor(() => expect(lastSegment(args.onChange).root.children[2]).toMatchObject({ combinator: 'and' }))
    await expect(and).toHaveAttribute('aria-checked', 'true')
    // held as a real key is: Radix moves focus in a timeout and checks on focus only while an arrow is down
    await userEvent.keyboard('{ArrowRight>}')
    const or = group.getAllByRole('radio', { name: 'OR' })[0] as HTMLElement
    await waitFor(() => expect(or).toHaveFocus())
    await waitFor(() => expect(lastSegment(args.onChange).root.children[2]).toMatchObject({ combinator: 'or' }))
    await userEvent.keyboard('{/ArrowRight}')
    await expect(or).toHaveAttribute('aria-checked', 'true')
  },
}
