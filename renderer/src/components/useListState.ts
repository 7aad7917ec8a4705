import type { GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useDraft } from '../hooks/useDraft';

export interface ListState<S extends string, F extends string> {
  q: string;
  status: S | null;
  page: number;
  pageSize: number;
  sort: F | null;
  order: 'asc' | 'desc';
}

/**
 * Search term, filter, page and sort of a list screen, kept in sessionStorage (useDraft) so they survive
 * going to another screen and back, a reload and a session that expired.
 */
export function useListState<S extends string, F extends string>(key: string) {
  const [state, setState] = useDraft<ListState<S, F>>(key, { q: '', status: null, page: 0, pageSize: 25, sort: null, order: 'asc' });
  // Stable setters and sort model: the grid is memoised and must not re-render on every keystroke.
  const setters = useMemo(() => {
    const patch = (next: Partial<ListState<S, F>>) => setState((prev) => ({ ...prev, ...next }));
    return {
      // A new term or filter starts at the first page.
      setQ: (q: string) => patch({ q, page: 0 }),
      setStatus: (status: S | null) => patch({ status, page: 0 }),
      setPagination: (page: number, pageSize: number) => patch({ page, pageSize }),
      setSortModel: (model: GridSortModel, allowed: readonly F[]) => {
        const first = model[0];
        const field = allowed.find((f) => f === first?.field);
        patch({ sort: field ?? null, order: first?.sort === 'desc' ? 'desc' : 'asc', page: 0 });
      },
    };
  }, [setState]);
  const sortModel = useMemo<GridSortModel>(
    () => (state.sort ? [{ field: state.sort, sort: state.order }] : []),
    [state.sort, state.order],
  );
  return { state, sortModel, ...setters };
}
