/** The condition kinds a group of an entity offers: allowed by the builder and backed by the catalog. */
import { type ConditionKind, createCondition } from '@segkit/core'
import { useMemo } from 'react'
import { useBuilderOptions, useCatalog } from '../context.ts'

/** Allowed kinds for which core can create a default condition for this entity. */
export function useAddableKinds(entity: string): readonly ConditionKind[] {
  const { catalog } = useCatalog()
  const { allowedKinds } = useBuilderOptions()
  return useMemo(
    () => allowedKinds.filter((kind) => createCondition(kind, { catalog, entity }) !== undefined),
    [catalog, entity, allowedKinds],
  )
}
