/**
 * A compile-time check that a hand-written interface and the type a zod schema
 * infers are the same type: `true satisfies SameShape<Interface, z.infer<typeof Schema>>`
 * fails to compile when they drift apart. Types only; nothing at run time.
 */

/** `true` when `A` and `B` are the same type (mutually assignable is not enough), else `false`. */
export type SameShape<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
