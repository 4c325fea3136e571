import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TIME_UNITS } from '../model/time.ts'
import { DateValueSchema, DurationSchema, InstantSchema } from '../model/time-schemas.ts'
import { isDateValue, isDateValueShaped, isDuration, isDurationShaped, isInstant } from './value-guards.ts'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

// Near-valid instants: every field may be just outside its range, the offset and fraction vary.
const instantLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2100, 2400)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.oneof(fc.constant(''), fc.constant('.'), fc.stringMatching(/^\.\d{1,9}$/)),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '', '+00:00', '-23:59', '+24:00', '+05:60', '+0530', '+05'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
        .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
    seconds: fc.boolean(),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}` +
      `${p.seconds ? `:${pad(p.second, 2)}${p.fraction}` : ''}${p.zone}`,
  )

const anything = fc.oneof(fc.anything(), instantLike, fc.string())

const durationLike = fc.record(
  {
    amount: fc.oneof(fc.integer({ min: -3, max: 1000 }), fc.double(), fc.constant(2 ** 60), fc.string()),
    unit: fc.oneof(fc.constantFrom(...TIME_UNITS), fc.constantFrom('days', 'Day', 'second', '')),
  },
  { requiredKeys: [] },
)

const dateValueLike = fc.oneof(
  fc.record({ type: fc.constantFrom('absolute', 'ago', 'from_now', 'relative'), value: anything }),
  fc.record({ type: fc.constantFrom('absolute', 'ago', 'from_now'), duration: durationLike }),
  fc.record({ type: fc.constantFrom('absolute', 'ago'), value: instantLike, duration: durationLike }),
  anything,
)

describe('the zod-free value guards', () => {
  it('accept an instant exactly when InstantSchema does', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, anything), (value) => {
        expect(isInstant(value)).toBe(InstantSchema.safeParse(value).success)
      }),
      { numRuns: 5_000 },
    )
  })

  it('accept a duration exactly when DurationSchema does', () => {
    fc.assert(
      fc.property(fc.oneof(durationLike, anything), (value) => {
        expect(isDuration(value)).toBe(DurationSchema.safeParse(value).success)
      }),
      { numRuns: 3_000 },
    )
  })

  it('accept a date value exactly when DateValueSchema does', () => {
    fc.assert(
      fc.property(dateValueLike, (value) => {
        expect(isDateValue(value)).toBe(DateValueSchema.safeParse(value).success)
      }),
      { numRuns: 3_000 },
    )
  })

  it('take leap days from the Gregorian rule', () => {
    expect(isInstant('2024-02-29T00:00:00Z')).toBe(true)
    expect(isInstant('2100-02-29T00:00:00Z')).toBe(false)
    expect(isInstant('2000-02-29T12:30:00.5+01:00')).toBe(true)
    expect(isInstant('2026-04-31T00:00:00Z')).toBe(false)
  })

  it('take every valid value as shaped, and shaped values as what an editor can show', () => {
    fc.assert(
      fc.property(fc.oneof(durationLike, anything), (value) => {
        if (isDuration(value)) expect(isDurationShaped(value)).toBe(true)
        if (isDurationShaped(value))
          expect(typeof value.amount === 'number' && typeof value.unit === 'string').toBe(true)
      }),
      { numRuns: 2_000 },
    )
    fc.assert(
      fc.property(dateValueLike, (value) => {
        if (isDateValue(value)) expect(isDateValueShaped(value)).toBe(true)
      }),
      { numRuns: 2_000 },
    )
  })

  it('keep an invalid value that still has its shape, so an editor never swaps it for a default', () => {
    expect(isDuration({ amount: -5, unit: 'day' })).toBe(false)
    expect(isDurationShaped({ amount: -5, unit: 'day' })).toBe(true)
    expect(isDurationShaped({ amount: 1.5, unit: 'day' })).toBe(true)
    expect(isDurationShaped({ amount: '5', unit: 'day' })).toBe(false)
    expect(isDurationShaped([5, 'day'])).toBe(false)
    expect(isDateValue({ type: 'absolute', value: '2026-13' })).toBe(false)
    expect(isDateValueShaped({ type: 'absolute', value: '2026-13' })).toBe(true)
    expect(isDateValueShaped({ type: 'ago', duration: { amount: -1, unit: 'week' } })).toBe(true)
    expect(isDateValueShaped({ type: 'ago', duration: 7 })).toBe(false)
    expect(isDateValueShaped({ type: 'later' })).toBe(false)
    expect(isDateValueShaped(null)).toBe(false)
  })
})
