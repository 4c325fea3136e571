/**
 * The open picker: the popover with its search box and listbox. It comes with the builder's later
 * chunk (see `later/load-later.ts`); `Picker` renders only its trigger until it is loaded, and a
 * first opening before then waits for it with the focus kept on the trigger.
 */
import { PopoverContent, type PopoverState } from '../popover/Popover.tsx'
import { SearchList, type SearchListProps } from '../search/SearchList.tsx'

/** Props of {@link PickerPopup}: the popover state and what the list shows. */
export interface PickerPopupProps extends SearchListProps {
  state: PopoverState
  /** The popover is a group's add search (`data-add-search`, which the stylesheet makes wider). */
  addSearch?: boolean | undefined
}

/** The picker's popover content: a combobox input over a (virtualized) listbox. */
export function PickerPopup({ state, addSearch, ...list }: PickerPopupProps) {
  return (
    <PopoverContent
      state={state}
      role="dialog"
      aria-label={list.label}
      data-segkit-part="popover"
      data-picker=""
      data-add-search={addSearch ? '' : undefined}
      align="start"
      sideOffset={4}
      onOpenAutoFocus={(content) => content.querySelector('input')?.focus({ preventScroll: true })}
    >
      <SearchList {...list} />
    </PopoverContent>
  )
}
