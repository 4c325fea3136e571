/**
 * The field-level parts of the components map, as the builder's own editors
 * render them: each looks up its part (the default or the host's replacement)
 * and hands it its props plus the builder's messages. Property rows, event
 * filters, sequence steps and related groups all render fields through these,
 * so one replacement reaches every place. The exported defaults
 * (`ValueEditor`, `PropertyPicker`, …) never dispatch, so a replacement may
 * wrap them.
 */

import { useCatalogSearch, useComponents, useMessages } from '../context.ts'
import type { EventPickerProps } from '../event/EventPicker.tsx'
import type { DateValueInputProps } from './DateValueInput.tsx'
import type { DurationInputProps } from './DurationInput.tsx'
import type { OperatorSelectProps } from './OperatorSelect.tsx'
import type { PropertyPickerProps } from './PropertyPicker.tsx'
import type { ValueEditorProps } from './ValueEditor.tsx'

/** The value editor of the components map. */
export function ValueEditorSlot(props: ValueEditorProps) {
  const Part = useComponents().ValueEditor
  return <Part {...props} messages={useMessages()} />
}

/** The operator select of the components map. */
export function OperatorSelectSlot(props: OperatorSelectProps) {
  const Part = useComponents().OperatorSelect
  return <Part {...props} messages={useMessages()} />
}

/** The property picker of the components map. */
export function PropertyPickerSlot(props: PropertyPickerProps) {
  const Part = useComponents().PropertyPicker
  return <Part {...props} messages={useMessages()} />
}

/** The event picker of the components map; with `searchCatalog`, it also searches the server's events. */
export function EventPickerSlot(props: EventPickerProps) {
  const Part = useComponents().EventPicker
  const remote = useCatalogSearch()
  return (
    <Part search={remote?.events(props.entity)} resolve={remote?.resolveEvent} {...props} messages={useMessages()} />
  )
}

/** The date value input of the components map. */
export function DateValueInputSlot(props: DateValueInputProps) {
  const Part = useComponents().DateValueInput
  return <Part {...props} messages={useMessages()} />
}

/** The duration input of the components map. */
export function DurationInputSlot(props: DurationInputProps) {
  const Part = useComponents().DurationInput
  return <Part {...props} messages={useMessages()} />
}
