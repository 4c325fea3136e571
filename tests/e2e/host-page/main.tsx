/**
 * The builder inside a host page: `?host=tailwind|normalize|bare|none` injects that host stylesheet
 * before the kit's, `?theme=dark` switches the theme, `?readOnly` renders read-only. A user's own
 * class (`.host-override`) is put on the AND/OR toggle's parts to check that it still wins.
 */
import type { Segment } from '@segkit/core'
import { exampleCatalog, presetSegments } from '@segkit/core/testing'
import { preloadBuilder, SegmentBuilder } from '@segkit/react'
import '@segkit/react/styles.css'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { type HostStyle, hostStyles } from './host-styles.ts'

const params = new URLSearchParams(location.search)
const host = (params.get('host') ?? 'none') as HostStyle
const theme = params.get('theme') === 'dark' ? 'dark' : 'light'

const hostSheet = document.createElement('style')
hostSheet.dataset.host = host
hostSheet.textContent = Object.hasOwn(hostStyles, host) ? hostStyles[host] : ''
document.head.prepend(hostSheet)
// The user's own class, loaded after the kit (as an app's component CSS is).
const userSheet = document.createElement('style')
userSheet.textContent = '.user-override { background-color: rgb(1, 2, 3); }'
document.body.append(userSheet)
document.documentElement.style.background = theme === 'dark' ? '#0b0d11' : '#f3f4f6'

function nodesOf(id: string) {
  const preset = presetSegments.find((p) => p.id === id)
  if (!preset) throw new Error(`no preset ${id}`)
  return preset.segment.root.children
}

const showcase: Segment = {
  version: 1,
  id: 'showcase',
  name: 'Showcase',
  entity: 'user',
  root: {
    id: 'showcase_root',
    kind: 'group',
    combinator: 'and',
    children: [
      ...nodesOf('loyal_lapsed_buyers').slice(0, 2),
      {
        id: 'showcase_or',
        kind: 'group',
        combinator: 'or',
        children: [
          { id: 'showcase_beta', kind: 'list', list: 'beta', operator: 'in' },
          ...nodesOf('downgraded_whales'),
        ],
      },
      ...nodesOf('cart_abandoners'),
      {
        id: 'showcase_email',
        kind: 'property',
        property: 'email',
        operator: 'contains',
        value: 'example',
        ignoreCase: true,
      },
      {
        id: 'showcase_disabled',
        kind: 'property',
        property: 'country',
        operator: 'eq',
        value: 'DE',
        disabled: true,
      },
      ...nodesOf('users_of_big_accounts').slice(0, 1),
    ],
  },
}

function App() {
  const [segment, setSegment] = useState(showcase)
  return (
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: 16 }}>
      <SegmentBuilder
        catalog={exampleCatalog}
        value={segment}
        onChange={setSegment}
        theme={theme}
        readOnly={params.has('readOnly')}
        aria-label="Segment builder"
      />
    </main>
  )
}

const root = document.getElementById('root')
// The builder's later chunk first (menus, rarer editors): the tests measure the builder as it is once complete.
await preloadBuilder()
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
