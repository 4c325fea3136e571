/**
 * React contexts of one builder: its store, and its configuration (catalog,
 * messages, components, options). Hooks read them; using one outside
 * `<SegmentBuilder>` is a programmer error and throws.
 */
import type { Catalog, CatalogIndex, ConditionKind, Issue, Operator, PropertyType } from '@segkit/core'
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { ResolvedComponents } from './components.ts'
import type { LoadValues } from './fields/load-values.ts'
import type { BuilderMessages } from './messages.ts'
import type { CatalogSearchApi } from './search/catalog-search.ts'
import { type BuilderState, type BuilderStore, selectNodeIssues } from './store/builder-store.ts'

/** Which operators a property may use, given its type and (optionally) the property itself. */
export type AllowedOperators =
  | Partial<Record<PropertyType, readonly Operator[]>>
  | ((type: PropertyType, propertyId: string) => readonly Operator[])

/** Behaviour options of a builder, as its parts see them. */
export interface BuilderOptions {
  /** Nothing can be edited, moved or added. */
  readOnly: boolean
  /** `simple`: property, list and tag conditions only; `full`: every kind. */
  mode: 'simple' | 'full'
  /** Condition kinds that may be added (already intersected with the mode). */
  allowedKinds: readonly ConditionKind[]
  /** Restricts the operator menus; absent = every operator valid for the type. */
  allowedOperators?: AllowedOperators | undefined
  /** Deepest nesting of groups (root = 1), as core's validation counts it. */
  maxDepth: number
  /** In the simple mode: lets a read-only advanced condition offer "Open in full mode". */
  onOpenFullMode?: (() => void) | undefined
}

/** Everything a part of the builder needs besides the store. */
export interface BuilderConfig {
  catalog: Catalog
  index: CatalogIndex
  messages: BuilderMessages
  components: ResolvedComponents
  options: BuilderOptions
  /** Prefix for DOM ids of this builder instance. */
  idPrefix: string
  /** Props the builder could not use (shown as its error state). */
  problems: BuilderProblems
  /** The `loadValues` prop (value suggestions), stable across renders. */
  loadValues?: LoadValues | undefined
  /** The `searchCatalog` prop, bound for the pickers. */
  catalogSearch?: CatalogSearchApi | undefined
}

/** Props the builder could not use: why the catalog or the value cannot be shown (absent when fine). */
export interface BuilderProblems {
  catalog?: readonly Issue[] | undefined
  value?: readonly Issue[] | undefined
}

export const BuilderStoreContext = createContext<BuilderStore | null>(null)
export const BuilderConfigContext = createContext<BuilderConfig | null>(null)

function useConfig(hook: string): BuilderConfig {
  const config = useContext(BuilderConfigContext)
  if (!config) throw new Error(`${hook} must be used inside <SegmentBuilder>`)
  return config
}

/** The store of the enclosing builder. */
export function useBuilderStoreApi(): BuilderStore {
  const store = useContext(BuilderStoreContext)
  if (!store) throw new Error('useBuilderStore must be used inside <SegmentBuilder>')
  return store
}

/**
 * Selects from the builder's store; the component re-renders only when the
 * selected value changes (`Object.is`). Select primitives or stable objects.
 */
export function useBuilderStore<T>(select: (state: BuilderState) => T): T {
  return useStore(useBuilderStoreApi(), select)
}

/** The catalog and its index. */
export function useCatalog(): { catalog: Catalog; index: CatalogIndex } {
  const { catalog, index } = useConfig('useCatalog')
  return { catalog, index }
}

/** Every user-facing string of the builder. */
export function useMessages(): BuilderMessages {
  return useConfig('useMessages').messages
}

/** The components map (defaults merged with the `components` prop; `null` = hidden part). */
export function useComponents(): ResolvedComponents {
  return useConfig('useComponents').components
}

/** readOnly, mode, allowed kinds and operators. */
export function useBuilderOptions(): BuilderOptions {
  return useConfig('useBuilderOptions').options
}

/** What the builder could not use of its props (the catalog, the value). */
export function useBuilderProblems(): BuilderProblems {
  return useConfig('useBuilderProblems').problems
}

/** The host's `loadValues` (undefined without one): value editors bind it to their property. */
export function useLoadValues(): LoadValues | undefined {
  return useConfig('useLoadValues').loadValues
}

/** The host's `searchCatalog`, as the pickers use it (undefined without one). */
export function useCatalogSearch(): CatalogSearchApi | undefined {
  return useConfig('useCatalogSearch').catalogSearch
}

/** A DOM id unique to this builder instance. */
export function useBuilderId(suffix: string): string {
  return `${useConfig('useBuilderId').idPrefix}-${suffix}`
}

/** The core validation issues of one node (stable while they do not change). */
export function useNodeIssues(nodeId: string): readonly Issue[] {
  return useBuilderStore((s) => selectNodeIssues(s, nodeId))
}
