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

/** The id of the first row the grid shows, if any. */
export function firstRowId(apiRef: RefObject<GridApi | null>): GridRowId | undefined {
  const api = apiRef.current;
  if (!api || api.getRowsCount() === 0) return undefined;
  return api.getRowIdFromRowIndex(0);
}

/** From the search field into the grid: focus the first cell of the first row (the grid's arrows take over). */
export function focusFirstCell(apiRef: RefObject<GridApi | null>, firstId: GridRowId | undefined, field: string): void {
  const api = apiRef.current;
  if (!api || firstId === undefined) return;
  api.scrollToIndexes({ rowIndex: 0, colIndex: 0 });
  api.setCellFocus(firstId, field);
  // setCellFocus moves the grid's focus state; the DOM focus follows once the cell is rendered.
  requestAnimationFrame(() => api.getCellElement(firstId, field)?.focus());
}
