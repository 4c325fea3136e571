import * as dnd from './dnd/index.ts'
import * as api from './index.ts'

// Every runtime export of @segkit/react. An addition or removal must be deliberate: update this list.
const EXPECTED = [
  'AddMenu',
  'CollapseToggle',
  'CombinatorToggle',
  'ComparisonEditor',
  'ConditionEditor',
  'DateValueInput',
  'DragHandle',
  'DurationInput',
  'EventConditionEditor',
  'EventFilters',
  'EventPicker',
  'GroupEditor',
  'IssueList',
  'ListConditionEditor',
  'MeasureEditor',
  'NegateToggle',
  'NodeActions',
  'NodeRow',
  'OpaqueConditionView',
  'OperatorSelect',
  'Picker',
  'PredicateEditor',
  'PropertyConditionEditor',
  'PropertyPicker',
  'RelatedConditionEditor',
  'SIMPLE_KINDS',
  'SegmentBuilder',
  'SegmentBuilderProvider',
  'SegmentConditionEditor',
  'SegmentPreview',
  'SelectField',
  'SequenceConditionEditor',
  'TagConditionEditor',
  'TagsInput',
  'UndoRedo',
  'ValueEditor',
  'WindowEditor',
  'createBuilderStore',
  'defaultComponents',
  'defaultEventMessages',
  'defaultMessages',
  'issueField',
  'mergeMessages',
  'noDragAndDrop',
  'preloadBuilder',
  'readDragData',
  'splitIssues',
  'useBuilderActions',
  'useBuilderOptions',
  'useBuilderStore',
  'useCatalog',
  'useComponents',
  'useControllableState',
  'useDragAndDrop',
  'useHistory',
  'useMessages',
  'useNode',
  'useNodeIssues',
  'useOperatorsFor',
  'usePreview',
  'useSegment',
  'useSegmentIssues',
]

describe('the public API of @segkit/react', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPECTED].sort())
  })

  it('keeps drag and drop in @segkit/react/dnd, which exports exactly the dnd-kit adapter', () => {
    expect(Object.keys(dnd).sort()).toEqual(['dragAndDrop'])
    expect(Object.keys(dnd.dragAndDrop).sort()).toEqual(['Provider', 'SortableList', 'useDropZone', 'useSortableItem'])
  })

  it('starts with the use client directive so that React Server Components treat it as a client entry', async () => {
    const { readFile } = await import('node:fs/promises')
    const { fileURLToPath } = await import('node:url')
    const path = await import('node:path')
    // In jsdom, import.meta.url may not be a file URL; resolve from this module's file path.
    const here = import.meta.url.startsWith('file:') ? path.dirname(fileURLToPath(import.meta.url)) : __dirname
    for (const entry of ['index.ts', 'dnd/index.ts']) {
      const source = await readFile(path.join(here, entry), 'utf8')
      expect(source.startsWith("'use client'")).toBe(true)
    }
  })
})
