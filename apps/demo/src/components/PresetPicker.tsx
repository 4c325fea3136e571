/** Ready-made segments from the product examples (`presetSegments`). */
import type { Segment } from '@segkit/core'
import { presetSegments } from '@segkit/core/testing'
import { useId } from 'react'

export function PresetPicker(props: { currentId: string; onPick: (segment: Segment) => void }) {
  const id = useId()
  const current = presetSegments.find((p) => p.id === props.currentId)
  return (
    <div className="field preset-picker">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value={current?.id ?? ''}
        aria-describedby={`${id}-description`}
        onChange={(e) => {
          const preset = presetSegments.find((p) => p.id === e.target.value)
          if (preset) props.onPick(structuredClone(preset.segment))
        }}
      >
        <option value="" disabled>
          Choose a preset…
        </option>
        {presetSegments.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <p id={`${id}-description`} className="muted small">
        {current?.description ?? 'A segment of your own. Pick a preset to start from a real use case.'}
      </p>
    </div>
  )
}
