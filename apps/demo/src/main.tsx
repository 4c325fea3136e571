import { exampleCatalog } from '@segkit/core/testing'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

function App() {
  return (
    <main>
      <h1>segkit demo</h1>
      <p>{exampleCatalog.events.length} events in the example catalog. The full demo is on its way.</p>
    </main>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
