/** Whether a text names an IANA time zone, by `Intl` (kept apart from the offsets, which only evaluation and SQL need). */

/**
 * Whether `name` is a time zone this runtime knows by an IANA name (`Europe/Berlin`, `UTC`), spelled
 * as `Intl` spells it. Offsets such as `+05:30` are not names: SQL engines read them differently.
 */
export function isTimeZone(name: string): boolean {
  if (name === '' || /^[+-\d]/.test(name)) return false
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
    // The same name in other letter case is the same zone to Intl, but not to every SQL engine.
    return resolved === name || resolved.toLowerCase() !== name.toLowerCase()
  } catch {
    return false
  }
}
