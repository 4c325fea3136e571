/** What the semantic checks of one validation share: the catalog index and the issues found. */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { Issue } from '../errors.ts'

export interface CheckContext {
  readonly index: CatalogIndex
  readonly issues: Issue[]
  /** Id of the segment being validated (for reference cycles). */
  readonly segmentId: string
}
