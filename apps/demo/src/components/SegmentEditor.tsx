/** The segment's name, the builder, and the actions on the whole segment (new, save). */
import { type Catalog, createEmptySegment, type Segment } from '@segkit/core'
import { type BuilderMessages, SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { useId } from 'react'
import { loadValuesFromWorker } from '../lib/load-values.ts'
import { PresetPicker } from './PresetPicker.tsx'

/**
 * The NOT toggle's default accessible name ("Negate this group") does not contain its visible text
 * ("NOT"), which axe reports as label-content-name-mismatch (WCAG 2.5.3); voice-control users say
 * what they see. Reported upstream; the demo names it so that both match.
 */
const BUILDER_MESSAGES: Partial<BuilderMessages> = { notLabel: 'NOT: negate this group' }

export function SegmentEditor(props: {
  segment: Segment
  catalog: Catalog
  onChange: (segment: Segment) => void
  onSave: (segment: Segment) => void
  saved: boolean
  theme: 'light' | 'dark'
}) {
  const { segment, catalog, onChange } = props
  const nameId = useId()
  return (
    <section className="card editor" aria-labelledby="editor-heading">
      <div className="editor-top">
        <h2 id="editor-heading" className="eyebrow">
          Segment
        </h2>
        <div className="editor-actions">
          {catalog.entities.map((entity) => (
            <button
              key={entity.id}
              type="button"
              className="ghost"
              onClick={() =>
                onChange(createEmptySegment(entity.id, { name: `New ${entity.label.toLowerCase()} segment` }))
              }
            >
              New {entity.label.toLowerCase()} segment
            </button>
          ))}
          <button type="button" className="primary" onClick={() => props.onSave(segment)}>
            {props.saved ? 'Update saved segment' : 'Save segment'}
          </button>
        </div>
      </div>
      <div className="editor-bar">
        <div className="field name-field">
          <label htmlFor={nameId}>Name</label>
          <input
            id={nameId}
            className="name-input"
            value={segment.name}
            onChange={(e) => onChange({ ...segment, name: e.target.value })}
          />
        </div>
        <PresetPicker currentId={segment.id} onPick={onChange} />
      </div>
      <div className="builder-host">
        <SegmentBuilder
          dnd={dragAndDrop}
          catalog={catalog}
          value={segment}
          onChange={onChange}
          theme={props.theme}
          messages={BUILDER_MESSAGES}
          loadValues={loadValuesFromWorker}
          aria-label="Segment builder"
        />
      </div>
    </section>
  )
}
