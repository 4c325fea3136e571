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
  BuilderStoreContext,
  useBuilderOptions,
  useBuilderStore,
  useComponents,
  useMessages,
} from './context.ts'
import { type DragAndDrop, DragAndDropContext, dragAndDropState, useDragAndDrop } from './dnd/adapter.ts'
import { useEventCallback } from './fields/use-event-callback.ts'
import { GroupEditor } from './group/GroupEditor.tsx'
import { type BuilderMessages, mergeMessages } from './messages.ts'
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
  /** Controlled segment. Use `parseSegment` from `@segkit/core` to read untrusted JSON first. */
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
  messages?: Partial<BuilderMessages> | undefined
  /**
   * Drag and drop: `dragAndDrop` from `@segkit/react/dnd` (dnd-kit, pointer and keyboard, with
   * announcements). Absent: no drag handles; nodes move with their menus and steps with their
   * buttons. Pass a constant: another object remounts the tree.
   */
  dnd?: DragAndDrop | undefined
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

function initialSegment(catalog: Catalog, value: Segment | undefined, defaultValue: Segment | undefined): Segment {
  return value ?? defaultValue ?? createEmptySegment(catalog.entities[0]?.id ?? 'user')
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
  const {
    catalog,
    value,
    defaultValue,
    onChange,
    readOnly = false,
    mode = 'full',
    maxDepth = 12,
    onOpenFullMode,
  } = props
  const [store] = useState<BuilderStore>(() =>
    createBuilderStore({
      segment: initialSegment(catalog, value, defaultValue),
      catalog,
      validate: { maxDepth },
      readIssues: props.readIssues,
    }),
  )

  // The store is the state. A new controlled value reaches it; uncontrolled, nothing is echoed back
  // through React state (that cost a second commit, re-rendering this provider, per edit).
  useIsomorphicLayoutEffect(() => {
    if (value !== undefined) store.getState().actions.reset(value)
  }, [store, value])
  useIsomorphicLayoutEffect(() => store.getState().actions.setCatalog(catalog), [store, catalog])
  const readIssues = props.readIssues
  useIsomorphicLayoutEffect(() => store.getState().actions.setReadIssues(readIssues ?? NO_ISSUES), [store, readIssues])
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

  const allowedKinds = useStableValue(props.allowedKinds)
  const allowedOperators = useStableValue(props.allowedOperators)
  const componentsProp = useStableValue(props.components)
  const messagesProp = useStableValue(props.messages)
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
  const config = useMemo<BuilderConfig>(
    () => ({ catalog, index: indexCatalog(catalog), messages, components, options, idPrefix }),
    [catalog, messages, components, options, idPrefix],
  )
  const dnd = useMemo(() => dragAndDropState(props.dnd), [props.dnd])
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

/** The tree: the root group with everything in it. */
const BuilderTree = memo(function BuilderTree() {
  const rootId = useBuilderStore((s) => s.segment.root.id)
  const entity = useBuilderStore((s) => s.segment.entity)
  return (
    <>
      <div data-segkit-part="toolbar">
        <HistoryControls />
      </div>
      <SegmentIssues />
      <GroupEditor groupId={rootId} entity={entity} />
    </>
  )
})

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
