/** Light / dark / system colour scheme: a compact select in the header (the system's choice by default). */
import { useId } from 'react'
import type { ThemeChoice } from '../hooks/useTheme.ts'

export function ThemeToggle(props: { choice: ThemeChoice; onChoice: (choice: ThemeChoice) => void }) {
  const id = useId()
  return (
    <div className="theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={props.choice}
        onChange={(e) => {
          const value = e.target.value
          if (value === 'system' || value === 'light' || value === 'dark') props.onChoice(value)
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  )
}
