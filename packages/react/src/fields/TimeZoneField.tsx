/**
 * The segment's time zone: a native select over the IANA zones this platform knows (`Intl`), with
 * "UTC (default)" first for no time zone. A zone the platform does not list stays shown as it is
 * (validation says whether it is known).
 */
import { SelectField } from './SelectField.tsx'

/** Props of {@link TimeZoneField}. */
export interface TimeZoneFieldProps {
  /** The IANA name, or `undefined` for UTC (no time zone). */
  value: string | undefined
  onChange: (value: string | undefined) => void
  label: string
  /** The label of the UTC choice ("UTC (default)"). */
  defaultLabel: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
}

let zones: readonly string[] | undefined

/** The platform's time zones, read once. */
function timeZones(): readonly string[] {
  if (!zones) {
    const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf
    zones = supported ? supported('timeZone').filter((z) => z !== 'UTC') : []
  }
  return zones
}

/** A labelled time-zone select; the empty choice is UTC. */
export function TimeZoneField({ value, onChange, label, defaultLabel, disabled, invalid }: TimeZoneFieldProps) {
  const options = [{ value: '', label: defaultLabel }, ...timeZones().map((z) => ({ value: z, label: z }))]
  return (
    <SelectField
      options={options}
      value={value ?? ''}
      onChange={(next) => onChange(next === '' ? undefined : next)}
      label={label}
      disabled={disabled}
      invalid={invalid}
      part="time-zone"
    />
  )
}
