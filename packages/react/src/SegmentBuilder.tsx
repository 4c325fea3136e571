/**
 * `<SegmentBuilder>`: the visual rule and sequence builder. Controlled (`value`
 * + `onChange`) or uncontrolled (`defaultValue`), one zustand store per
 * instance, drag and drop when given an adapter (`@segkit/react/dnd`), undo/redo, themes through CSS variables and
 * `data-*` attributes. `<SegmentBuilderProvider>` gives the same store and
 * configuration without the default UI, for custom UIs built on the hooks.
 */
import {
  type Catalog,
  CONDITION_KINDS,
  type ConditionKind,
  createEmptySegment,
  type Issue,
  indexCatalog,
  type Segment,
  setTimeZone,
  setWeekStart,
  usesCalendar,
  usesWeeks,
} from '@segkit/core'
import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { type ComponentsOverride, resolveComponents } from './components.ts'
import {
  type AllowedOperators,
  type BuilderConfig,
  BuilderConfigContext,
  type BuilderOptions,
  type BuilderProblems,
  BuilderStoreContext,
  useBuilderOptions,
  useBuilderProblems,
  useBuilderStore,
  useComponents,
  useMessages,
} from './context.ts'
import { type DragAndDrop, DragAndDropContext, dragAndDropState, useDragAndDrop } from './dnd/adapter.ts'
import type { LoadValues } from './fields/load-values.ts'
import { useEventCallback } from './fields/use-event-callback.ts'
import { GroupEditor } from './group/GroupEditor.tsx'
import { LaterTimeZoneField, LaterWeekStartField } from './later/later-editors.tsx'
import { preloadWhenIdle } from './later/load-later.ts'
import { type MessagesOverride, mergeMessages } from './messages.ts'
import { PartErrorBoundary } from './part-error-boundary.tsx'
import { readCatalog, readValue } from './read-input.ts'
import {
  type CatalogSearchResult,
  createCatalogSearch,
  type SearchCatalog,
  withLearned,
} from './search/catalog-search.ts'
import { type BuilderStore, createBuilderStore, selectNodeIssues } from './store/builder-store.ts'
import { useHistory } from './store/hooks.ts'
import { useStableValue } from './use-stable-value.ts'

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

const NO_ISSUES: readonly Issue[] = []

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', ''])

/** A field with its own text editing (and text undo): text-like inputs, textareas, contenteditable. */
function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type)
  return target.isContentEditable
}

/** Kinds of the "simple" mode: for business users. */
export const SIMPLE_KINDS: readonly ConditionKind[] = ['property', 'list', 'tag']

/** Props shared by {@link SegmentBuilderProvider} and {@link SegmentBuilder}. */
export interface SegmentBuilderProviderProps {
  /** What segments may talk about (validated with core's `parseCatalog` beforehand). */
  catalog: Catalog
  /**
   * Controlled segment. Use `parseSegment` from `@segkit/core` to read untrusted JSON first; a value
   * that is not a segment shows an error state, and broken parts of one show as unreadable rows.
   */
  value?: Segment | undefined
  /** Initial segment when uncontrolled. Default: an empty segment of the catalog's first entity. */
  defaultValue?: Segment | undefined
  /** Called with every new segment (edits, undo, redo). */
  onChange?: ((segment: Segment) => void) | undefined
  /** Nothing can be edited, moved or added. */
  readOnly?: boolean | undefined
  /**
   * `simple`: property, list and tag conditions can be added and edited; other conditions already in
   * the segment are shown read-only, as sentences. `full` (default): every kind.
   */
  mode?: 'simple' | 'full' | undefined
  /**
   * Offered next to a read-only advanced condition in the simple mode ("Open in full mode"); absent,
   * no such button. The host switches `mode` to `full` in it.
   */
  onOpenFullMode?: (() => void) | undefined
  /** Condition kinds that may be added (intersected with the mode). Default: all of the mode. */
  allowedKinds?: readonly ConditionKind[] | undefined
  /** Restricts the operators offered per property type. */
  allowedOperators?: AllowedOperators | undefined
  /**
   * Issues from `parseSegment` (`parseSegment(json).issues`): what it said about nodes it could
   * not read is shown next to them (validation covers everything else).
   */
  readIssues?: readonly Issue[] | undefined
  /** Deepest nesting of groups (root = 1). Default 12, as core's validation. */
  maxDepth?: number | undefined
  /** Replace any part; `null` hides a hideable part. */
  components?: ComponentsOverride | undefined
  /** Replace any user-facing string. */
  messages?: MessagesOverride | undefined
  /**
   * Drag and drop: `dragAndDrop` from `@segkit/react/dnd` (dnd-kit, pointer and keyboard, with
   * announcements). Absent: no drag handles; nodes move with their menus and steps with their
   * buttons. Pass a constant: another object remounts the tree.
   */
  dnd?: DragAndDrop | undefined
  /**
   * Value suggestions: called by the text, enum and text-list value editors of property conditions,
   * related groups, event and step filters with the entity, the property (or the event and its
   * property), the typed text ('' on opening) and a signal that aborts when a newer query
   * supersedes it. Debounced; chosen values stay even when a later answer lacks them.
   */
  loadValues?: LoadValues | undefined
  /**
   * Server search for catalogs too big to send whole: the add search, property pickers (of an
   * entity) and event pickers list its results after their local matches. Each result carries its
   * definition; a chosen one joins this builder's working catalog (see `CatalogSearchResult`).
   */
  searchCatalog?: SearchCatalog | undefined
  children?: ReactNode
}

/** Props of {@link SegmentBuilder}. */
export interface SegmentBuilderProps extends SegmentBuilderProviderProps {
  /** `light` (default) or `dark`; sets `data-theme` on the root. */
  theme?: 'light' | 'dark' | undefined
  /** No segkit styles at all (`data-unstyled`); every part keeps its `data-segkit-part`. */
  unstyled?: boolean | undefined
  className?: string | undefined
  style?: CSSProperties | undefined
  /** Accessible name of the builder region. Default: messages.builderLabel. */
  'aria-label'?: string | undefined
}

function emptySegmentOf(catalog: Catalog): Segment {
  return createEmptySegment(catalog.entities[0]?.id ?? 'user')
}

// One key per adapter object: a builder that is given another adapter remounts its tree, so that
// no mounted row changes the hooks it calls.
const adapterKeys = new WeakMap<DragAndDrop, number>()
let adapterCount = 0
function adapterKey(adapter: DragAndDrop): number {
  const known = adapterKeys.get(adapter)
  if (known !== undefined) return known
  adapterCount += 1
  adapterKeys.set(adapter, adapterCount)
  return adapterCount
}

/** The drag-and-drop adapter's provider (drag context, announcements, overlay) around the tree. */
function DragAndDropScope({ children }: { children: ReactNode }) {
  const { adapter } = useDragAndDrop()
  const Provider = adapter.Provider
  return <Provider key={adapterKey(adapter)}>{children}</Provider>
}

/** Provides one builder's store and configuration to its parts and to the headless hooks. */
export function SegmentBuilderProvider(props: SegmentBuilderProviderProps) {
  return (
    <BuilderContexts {...props}>
      <DragAndDropScope>{props.children}</DragAndDropScope>
    </BuilderContexts>
  )
}

/** The store and configuration contexts (drag and drop's provider is placed by the caller). */
function BuilderContexts(props: SegmentBuilderProviderProps) {
  const { value, defaultValue, onChange, readOnly = false, mode = 'full', maxDepth = 12, onOpenFullMode } = props
  // Props from untyped code or storage may be anything: what cannot be used is shown as an error
  // (the whole builder for a catalog or a value that is no segment, one row for a broken part).
  const { catalog: given, issues: catalogIssues } = useMemo(() => readCatalog(props.catalog), [props.catalog])
  // Definitions chosen from `searchCatalog` results join the catalog this builder works with.
  const [learned, setLearned] = useState<{ base: Catalog; results: CatalogSearchResult[]; catalog: Catalog }>()
  const catalog = useMemo(
    () =>
      learned === undefined ? given : learned.base === given ? learned.catalog : withLearned(given, learned.results),
    [given, learned],
  )
  const [initial] = useState(() => readValue(value ?? defaultValue ?? emptySegmentOf(catalog)))
  const [valueRead, setValueRead] = useState(initial)
  const [store] = useState<BuilderStore>(() =>
    createBuilderStore({
      segment: initial.segment ?? emptySegmentOf(catalog),
      catalog,
      validate: { maxDepth },
      readIssues: [...initial.issues, ...(props.readIssues ?? NO_ISSUES)],
    }),
  )

  // The store is the state. A new controlled value reaches it; uncontrolled, nothing is echoed back
  // through React state (that cost a second commit, re-rendering this provider, per edit).
  useIsomorphicLayoutEffect(() => {
    if (value === undefined) return
    const state = store.getState()
    // The parent passing back what the builder emitted: nothing to check or to change.
    if (value === state.segment) return
    const read = readValue(value)
    setValueRead((before) =>
      before.issues === read.issues && (before.segment === undefined) === (read.segment === undefined) ? before : read,
    )
    if (read.segment) state.actions.reset(read.segment)
  }, [store, value])
  useIsomorphicLayoutEffect(() => store.getState().actions.setCatalog(catalog), [store, catalog])
  const readIssues = props.readIssues
  const valueIssues = valueRead.issues
  useIsomorphicLayoutEffect(
    () =>
      store
        .getState()
        .actions.setReadIssues(
          valueIssues.length === 0 ? (readIssues ?? NO_ISSUES) : [...valueIssues, ...(readIssues ?? NO_ISSUES)],
        ),
    [store, readIssues, valueIssues],
  )
  // The store's own changes reach the parent, in the same event (so React batches the parent's
  // setState with the store's update into one commit).
  const onChangeRef = useRef(onChange)
  useIsomorphicLayoutEffect(() => {
    onChangeRef.current = onChange
  })
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        // Not what `reset` just set from outside (external changed to it); anything else, undo included.
        const fromOutside = state.external === state.segment && state.external !== previous.external
        if (state.segment !== previous.segment && !fromOutside) onChangeRef.current?.(state.segment)
      }),
    [store],
  )

  const catalogRef = useRef(catalog)
  catalogRef.current = catalog
  const learn = useEventCallback((result: CatalogSearchResult) => {
    const next = withLearned(catalogRef.current, [result])
    if (next === catalogRef.current) return
    catalogRef.current = next
    setLearned((before) => ({
      base: given,
      results: [...(before?.base === given ? before.results : []), result],
      catalog: next,
    }))
    // At once, so that the condition made right after this validates against it.
    store.getState().actions.setCatalog(next)
  })
  const hasSearchCatalog = props.searchCatalog !== undefined
  const searchCatalog = useEventCallback<Parameters<SearchCatalog>, ReturnType<SearchCatalog>>(
    (query, signal, scope) => props.searchCatalog?.(query, signal, scope) ?? Promise.resolve([]),
  )
  const catalogSearch = useMemo(
    () => (hasSearchCatalog ? createCatalogSearch(searchCatalog, learn) : undefined),
    [hasSearchCatalog, searchCatalog, learn],
  )
  const hasLoadValues = props.loadValues !== undefined
  const loadValuesProp = useEventCallback<Parameters<LoadValues>, ReturnType<LoadValues>>(
    (request) => props.loadValues?.(request) ?? Promise.resolve([]),
  )
  const loadValues = hasLoadValues ? loadValuesProp : undefined
  const allowedKinds = useStableValue(props.allowedKinds)
  const allowedOperators = useStableValue(props.allowedOperators)
  const componentsProp = useStableValue(props.components)
  const messagesProp = useStableValue(props.messages, 'deep')
  const idPrefix = useId().replace(/:/g, '')
  const components = useMemo(() => resolveComponents(componentsProp), [componentsProp])
  const messages = useMemo(() => mergeMessages(messagesProp), [messagesProp])
  // A new inline callback each render must not re-render every row: the options hold a stable one.
  const hasOpenFullMode = onOpenFullMode !== undefined
  const openFullMode = useEventCallback(() => onOpenFullMode?.())
  const options = useMemo<BuilderOptions>(() => {
    const base = mode === 'simple' ? SIMPLE_KINDS : CONDITION_KINDS
    return {
      readOnly,
      mode,
      allowedKinds: allowedKinds ? base.filter((k) => allowedKinds.includes(k)) : base,
      allowedOperators,
      maxDepth,
      onOpenFullMode: hasOpenFullMode ? openFullMode : undefined,
    }
  }, [readOnly, mode, allowedKinds, allowedOperators, maxDepth, hasOpenFullMode, openFullMode])
  const unreadable = valueRead.segment === undefined ? valueRead.issues : undefined
  const problems = useMemo<BuilderProblems>(
    () => ({ catalog: catalogIssues.length > 0 ? catalogIssues : undefined, value: unreadable }),
    [catalogIssues, unreadable],
  )
  const config = useMemo<BuilderConfig>(
    () => ({
      catalog,
      index: indexCatalog(catalog),
      messages,
      components,
      options,
      idPrefix,
      problems,
      loadValues,
      catalogSearch,
    }),
    [catalog, messages, components, options, idPrefix, problems, loadValues, catalogSearch],
  )
  const dnd = useMemo(() => dragAndDropState(props.dnd), [props.dnd])
  // The parts no first render needs (menus, rarer editors) load once the browser is idle.
  useEffect(preloadWhenIdle, [])
  return (
    <BuilderStoreContext.Provider value={store}>
      <BuilderConfigContext.Provider value={config}>
        <DragAndDropContext.Provider value={dnd}>{props.children}</DragAndDropContext.Provider>
      </BuilderConfigContext.Provider>
    </BuilderStoreContext.Provider>
  )
}

/** Issues that concern no node (the segment's entity, for instance). */
function SegmentIssues() {
  const { IssueList } = useComponents()
  const issues = useBuilderStore((s) => selectNodeIssues(s, ''))
  return IssueList ? <IssueList issues={issues} /> : null
}

function HistoryControls() {
  const { UndoRedo } = useComponents()
  const { readOnly } = useBuilderOptions()
  const { canUndo, canRedo, undo, redo } = useHistory()
  return UndoRedo && !readOnly ? <UndoRedo canUndo={canUndo} canRedo={canRedo} onUndo={undo} onRedo={redo} /> : null
}

/**
 * The segment's calendar: its time zone, shown once its calendar matters (a calendar window, active days)
 * or it has one, and its week start, shown once it reads calendar weeks or has one.
 */
function SegmentCalendar() {
  const m = useMessages()
  const { readOnly } = useBuilderOptions()
  const zoneShown = useBuilderStore((s) => usesCalendar(s.segment))
  const weeksShown = useBuilderStore((s) => usesWeeks(s.segment))
  const timeZone = useBuilderStore((s) => s.segment.timeZone)
  const weekStart = useBuilderStore((s) => s.segment.weekStart)
  const invalid = useBuilderStore((s) => s.issues.some((i) => i.code === 'unknown_time_zone'))
  const actions = useBuilderStore((s) => s.actions)
  return (
    <>
      {zoneShown && (
        <LaterTimeZoneField
          value={timeZone}
          onChange={(next) => actions.apply((segment) => setTimeZone(segment, next))}
          label={m.timeZone}
          defaultLabel={m.timeZoneDefault}
          disabled={readOnly}
          invalid={invalid}
        />
      )}
      {weeksShown && (
        <LaterWeekStartField
          value={weekStart}
          onChange={(next) => actions.apply((segment) => setWeekStart(segment, next))}
          label={m.weekStart}
          days={m.weekdays}
          defaultLabel={m.weekStartDefault}
          disabled={readOnly}
        />
      )}
    </>
  )
}

/** The tree: the root group with everything in it. */
const BuilderTree = memo(function BuilderTree() {
  const rootId = useBuilderStore((s) => s.segment.root.id)
  const entity = useBuilderStore((s) => s.segment.entity)
  const problems = useBuilderProblems()
  const m = useMessages()
  if (problems.catalog || problems.value)
    return (
      <BuilderError
        text={problems.catalog ? m.catalogUnreadable : m.valueUnreadable}
        issues={problems.catalog ?? problems.value ?? NO_ISSUES}
      />
    )
  return (
    <>
      <div data-segkit-part="toolbar">
        <HistoryControls />
        <SegmentCalendar />
      </div>
      <SegmentIssues />
      <PartErrorBoundary resetKey={rootId} fallback={() => <BuilderError text={m.partUnreadable} issues={NO_ISSUES} />}>
        <GroupEditor groupId={rootId} entity={entity} />
      </PartErrorBoundary>
    </>
  )
})

/** The error state of the builder (or of its tree): what is wrong, and the issues that say where. */
function BuilderError({ text, issues }: { text: string; issues: readonly Issue[] }) {
  const { IssueList } = useComponents()
  return (
    <div role="alert" data-segkit-part="builder-error">
      <p>{text}</p>
      {IssueList && issues.length > 0 ? <IssueList issues={issues} /> : null}
    </div>
  )
}

/** The root element: scope of styles, theme and shortcuts (popovers and the drag overlay render inside it). Memoised: a new controlled value does not re-render it. */
const BuilderRoot = memo(function BuilderRoot({
  theme,
  unstyled,
  className,
  style,
  children,
  'aria-label': ariaLabel,
}: Pick<SegmentBuilderProps, 'theme' | 'unstyled' | 'className' | 'style' | 'children' | 'aria-label'>) {
  const m = useMessages()
  const actions = useBuilderStore((s) => s.actions)
  const { readOnly } = useBuilderOptions()
  // Undo / redo shortcuts, scoped to the builder (not the page). Inside a text field the keys are
  // the field's own text undo; the builder's undo then covers the whole visit of that field.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly || !(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault()
      actions.undo()
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault()
      actions.redo()
    }
  }
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (isTextField(event.target)) actions.holdCoalescing(true)
  }
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (isTextField(event.target)) actions.holdCoalescing(false)
  }
  const root = useRef<HTMLElement>(null)
  // The browser keeps a text field's undo stack after it loses focus: Ctrl+Z on the page would then
  // "undo" typing into a field the user left (writing a half-typed value into the segment). Only
  // the focused field may run its own text undo.
  useEffect(() => {
    const element = root.current
    if (!element) return
    const guard = (event: InputEvent) => {
      const history = event.inputType === 'historyUndo' || event.inputType === 'historyRedo'
      if (history && event.target !== element.ownerDocument.activeElement) event.preventDefault()
    }
    element.addEventListener('beforeinput', guard)
    return () => element.removeEventListener('beforeinput', guard)
  }, [])
  return (
    <section
      aria-label={ariaLabel ?? m.builderLabel}
      data-segkit-root=""
      data-theme={theme ?? 'light'}
      data-unstyled={unstyled ? '' : undefined}
      data-readonly={readOnly ? '' : undefined}
      className={className}
      style={style}
      ref={root}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <DragAndDropScope>
        <BuilderTree />
        {children}
      </DragAndDropScope>
    </section>
  )
})

/**
 * The segment builder. Controlled with `value` + `onChange`, uncontrolled with
 * `defaultValue`. Children render inside the builder (and may use its hooks).
 */
export function SegmentBuilder(props: SegmentBuilderProps) {
  const { theme, unstyled, className, style, children, 'aria-label': ariaLabel, ...provider } = props
  return (
    <BuilderContexts {...provider}>
      <BuilderRoot theme={theme} unstyled={unstyled} className={className} style={style} aria-label={ariaLabel}>
        {children}
      </BuilderRoot>
    </BuilderContexts>
  )
}
