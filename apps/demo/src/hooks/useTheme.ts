/** The colour scheme: the user's choice (kept in localStorage) or the system's, resolved to light or dark. */
import { useEffect, useState } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'segkit-demo:theme'
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

function storedChoice(): ThemeChoice {
  const value = localStorage.getItem(KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

export function useTheme(): { choice: ThemeChoice; setChoice: (c: ThemeChoice) => void; resolved: 'light' | 'dark' } {
  const [choice, setChoice] = useState<ThemeChoice>(storedChoice)
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches)
  useEffect(() => {
    const query = darkQuery()
    const onChange = () => setSystemDark(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  useEffect(() => {
    if (choice === 'system') {
      delete document.documentElement.dataset.theme
      localStorage.removeItem(KEY)
    } else {
      document.documentElement.dataset.theme = choice
      localStorage.setItem(KEY, choice)
    }
  }, [choice])
  return { choice, setChoice, resolved: choice === 'system' ? (systemDark ? 'dark' : 'light') : choice }
}
