import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@segkit/react/styles.css'
import { App } from './App.tsx'
import './styles.css'

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
