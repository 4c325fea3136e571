// parseSegment reads untrusted JSON with zod: zod is in the bundle (so the checks above can see it).
import { parseSegment } from '@segkit/core'

window.parsed = parseSegment(JSON.parse(document.body.dataset.segment ?? '{}'))
