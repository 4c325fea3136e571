/** Collapse / expand button of a group. */
import type { CollapseToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default collapse toggle. */
export function CollapseToggle({ collapsed, onChange }: CollapseToggleProps) {
  const m = useMessages()
  return (
    <button
      type="button"
      aria-expanded={!collapsed}
      aria-label={collapsed ? m.expand : m.collapse}
      title={collapsed ? m.expand : m.collapse}
      data-segkit-part="collapse"
      data-state={collapsed ? 'closed' : 'open'}
      onClick={() => onChange(!collapsed)}
    >
      <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
    </button>
  )
}
