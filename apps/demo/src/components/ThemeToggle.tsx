/** Light / dark / system colour scheme picker. */
import { useId } from 'react'
import type { ThemeChoice } from '../hooks/useTheme.ts'

export function ThemeToggle(props: { choice: ThemeChoice; onChoice: (choice: ThemeChoice) => void }) {
  const id = useId()
  return (
    <div className="field theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={props.choice} onChange={(e) => props.onChoice(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  )
}
