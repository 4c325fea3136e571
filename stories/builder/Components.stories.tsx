/**
 * Custom parts through `components`: any part can be replaced by your own
 * component (it receives plain data and callbacks), and hideable parts can be
 * hidden with `null`.
 */
import type { TagCondition } from '@segkit/core'
import {
  type CombinatorToggleProps,
  type ComponentsOverride,
  type ConditionEditorProps,
  type IssueListProps,
  SegmentBuilder,
  useCatalog,
} from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { renderBuilder } from '../builder-story.tsx'
import { catalog, conditions, groupOf, rowOf, segmentOf } from '../fixtures.ts'

/** A pill switch instead of the radio group. */
function PillCombinator({ value, onChange, disabled }: CombinatorToggleProps) {
  const next = value === 'and' ? 'or' : 'and'
  return (
    <button
      type="button"
      data-testid="pill-combinator"
      disabled={disabled}
      onClick={() => onChange(next)}
      style={{ borderRadius: 999, padding: '2px 10px', fontWeight: 700 }}
    >
      {value === 'and' ? 'Match ALL' : 'Match ANY'}
    </button>
  )
}

/** A native select for tag conditions, reading the tags from the catalog. */
function NativeTagEditor({ node, onChange, readOnly, entity }: ConditionEditorProps<TagCondition>) {
  const { catalog: current } = useCatalog()
  const tags = (current.tags ?? []).filter((t) => t.entity === entity)
  return (
    <span data-testid="native-tag-editor">
      <label>
        Tag{' '}
        <select disabled={readOnly} value={node.tag} onChange={(e) => onChange({ ...node, tag: e.target.value })}>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
    </span>
  )
}

/** Issues as one line of text. */
function InlineIssues({ issues, id }: IssueListProps) {
  if (issues.length === 0) return null
  return (
    <p id={id} role="note" style={{ color: '#b91c1c', margin: 0 }}>
      {issues.map((i) => i.message).join(' · ')}
    </p>
  )
}

const custom: ComponentsOverride = {
  CombinatorToggle: PillCombinator,
  TagCondition: NativeTagEditor,
  IssueList: InlineIssues,
  UndoRedo: null,
}

const meta = {
  title: 'Builder/Components',
  component: SegmentBuilder,
  render: renderBuilder,
  args: {
    catalog,
    onChange: fn(),
    components: custom,
    defaultValue: segmentOf([conditions.property, conditions.tag]),
  },
  argTypes: { catalog: { control: false }, defaultValue: { control: false }, components: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          '`components` is a partial map merged over `defaultComponents`. Here: a pill AND/OR switch, a native ' +
          'select for tag rows, one-line issues, and no undo/redo buttons (`UndoRedo: null`).',
      },
    },
  },
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** The replaced parts render and drive the builder like the defaults. */
export const CustomParts: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('button', { name: 'Undo' })).toBeNull()
    const pill = within(groupOf(canvasElement, 'root')).getAllByTestId('pill-combinator')[0]
    if (!pill) throw new Error('no custom combinator')
    await userEvent.click(pill)
    await expect(groupOf(canvasElement, 'root')).toHaveAttribute('data-combinator', 'or')
    const select = within(rowOf(canvasElement, conditions.tag.id)).getByRole('combobox', { name: 'Tag' })
    await userEvent.selectOptions(select, 'influencer')
    await expect(select).toHaveValue('influencer')
  },
}
