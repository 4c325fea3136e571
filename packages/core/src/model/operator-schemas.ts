/** zod schemas of the operator lists of `operators.ts`, for parsing saved segments and catalogs. */
import * as z from 'zod/mini'
import { COMPARISON_OPERATORS, OPERATORS, PROPERTY_TYPES } from './operators.ts'

/** Schema of a {@link PropertyType}. */
export const PropertyTypeSchema = z.enum(PROPERTY_TYPES)
/** Schema of an {@link Operator}. */
export const OperatorSchema = z.enum(OPERATORS)
/** Comparison of a number (an event measure, a related-entity count) with a threshold. */
export const ComparisonSchema = z.enum(COMPARISON_OPERATORS)
