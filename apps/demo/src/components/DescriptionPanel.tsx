/** The segment in plain English (`describeSegment`). */
import { type Catalog, describeSegment, type Segment } from '@segkit/core'

export function DescriptionPanel(props: { segment: Segment; catalog: Catalog }) {
  let text: string
  try {
    text = describeSegment(props.segment, props.catalog)
  } catch (error) {
    text = `This segment cannot be described yet: ${error instanceof Error ? error.message : String(error)}`
  }
  return (
    <section className="panel" aria-labelledby="description-heading">
      <h2 id="description-heading">In plain English</h2>
      <p className="description" data-testid="description">
        {text}
      </p>
    </section>
  )
}
