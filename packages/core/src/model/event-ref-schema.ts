/** The schema of an `EventRef` (apart from `event-ref.ts`, which the builder imports without zod). */
import * as z from 'zod/mini'

/** Schema of an `EventRef`: an event id, `{ anyOf: ids }` or `{ any: true }`. */
export const EventRefSchema = z.union([
  z.string(),
  z.strictObject({ anyOf: z.array(z.string()) }),
  z.strictObject({ any: z.literal(true) }),
])
