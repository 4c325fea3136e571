/** Light / dark / system colour scheme, kept in localStorage. */
import { useEffect, useId, useState } from 'react'

type Theme = 'system' | 'light' | 'dark'
const KEY = 'segkit-demo:theme'

function stored(): Theme {
  const value = localStorage.getItem(KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

export function ThemeToggle() {
  const id = useId()
  const [theme, setTheme] = useState<Theme>(stored)
  useEffect(() => {
    if (theme === 'system') {
      delete document.documentElement.dataset.theme
      localStorage.removeItem(KEY)
    } else {
      document.documentElement.dataset.theme = theme
      localStorage.setItem(KEY, theme)
    }
  }, [theme])
  return (
    <div className="field theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  )
}
