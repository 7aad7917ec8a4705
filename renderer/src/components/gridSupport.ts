import type { GridApi, GridLocaleText, GridRowId } from '@mui/x-data-grid';
import { enUS, nlNL } from '@mui/x-data-grid/locales';
import type { RefObject } from 'react';
import type { Language } from '../i18n';

/** "1.234" or, when the server stopped counting, "10.000+". */
export function formatCount(total: number, capped: boolean, language: Language): string {
  const n = total.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');
  return capped ? `${n}+` : n;
}

/** The grid's own texts in the UI language, with a "+" on a capped total in the footer. */
export function gridLocaleText(language: Language, capped: boolean): Partial<GridLocaleText> {
  const base = (language === 'nl' ? nlNL : enUS).components.MuiDataGrid.defaultProps.localeText;
  const of = language === 'nl' ? 'van' : 'of';
  return {
    ...base,
    paginationDisplayedRows: ({ from, to, count }) =>
      `${from.toLocaleString('nl-NL')}–${to.toLocaleString('nl-NL')} ${of} ${formatCount(count, capped, language)}`,
  };
}

/**
 * From the search field into the grid: focus the first cell of the first row (the grid's arrows take over).
 * Rows that just arrived reach the grid in its own effect: until the row is there, try again next frame.
 */
export function focusFirstCell(
  apiRef: RefObject<GridApi | null>,
  firstId: GridRowId | undefined,
  field: string,
  wanted: () => boolean = () => true,
  frames = 10,
): void {
  const api = apiRef.current;
  if (!api || firstId === undefined || !wanted()) return;
  if (api.getRow(firstId) === null) {
    if (frames > 0) requestAnimationFrame(() => focusFirstCell(apiRef, firstId, field, wanted, frames - 1));
    return;
  }
  api.scrollToIndexes({ rowIndex: 0, colIndex: 0 });
  api.setCellFocus(firstId, field);
  // setCellFocus moves the grid's focus state; the DOM focus follows once the cell is rendered.
  requestAnimationFrame(() => {
    if (wanted()) api.getCellElement(firstId, field)?.focus();
    else releaseGridFocus(apiRef);
  });
}

/**
 * The grid remembers its focused cell after the keyboard focus has left it, and when its rows change it
 * focuses a cell of the new rows — taking the focus from the search field while someone types (their
 * ArrowDown and Enter then act on a row they never chose). Forget it once the search field has the focus.
 */
export function releaseGridFocus(apiRef: RefObject<GridApi | null>): void {
  const api = apiRef.current;
  if (!api || api.state.focus.cell === null) return;
  api.setState((state) => ({ ...state, focus: { ...state.focus, cell: null } }));
}

/**
 * The last column's resize handle sits half outside the grid (MUI centres it on the column edge), so a grid
 * whose columns fit exactly still scrolls sideways by 5 px. Kept inside the last header, it still resizes.
 */
export const lastColumnSeparatorInside = {
  '& .MuiDataGrid-columnHeader--last .MuiDataGrid-columnSeparator': { right: 0 },
} as const;
