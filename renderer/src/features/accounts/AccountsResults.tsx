import { Alert, Stack, Typography } from '@mui/material';
import type { GridApi, GridSortModel } from '@mui/x-data-grid';
import { memo, useCallback, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { useAccountList, type AccountListParams } from './accountQueries';
import { AccountsGrid } from './AccountsGrid';
import { apiErrorText } from '../../components/apiErrorText';
import { formatCount } from '../../components/gridSupport';
import { ListBusy } from '../../components/ListBusy';
import { useDebounced } from '../../components/useDebounced';
import { searchTerm, useSettleGate, type ResultsGate } from '../../components/freshResults';
import { SearchingNote, StaleResults } from '../../components/StaleResults';
import { SEARCH_DEBOUNCE_MS } from './searchTiming';

/** The list parameters with `q` as typed: it is searched once it has been still for SEARCH_DEBOUNCE_MS. */
export interface AccountsResultsProps extends AccountListParams {
  apiRef: RefObject<GridApi | null>;
  sortModel: GridSortModel;
  onPagination: (page: number, pageSize: number) => void;
  onSortModel: (model: GridSortModel) => void;
  /** Opens rows (click, Enter, ArrowDown + Enter from the field) only while they answer the term as typed. */
  gate: ResultsGate<number>;
}

/**
 * Count, progress, error and grid of the Accounts screen. Its own component, holding the debounced term
 * and the query, so an answer re-renders only this part and not the search field, header and drawer.
 */
export const AccountsResults = memo(function AccountsResults(props: AccountsResultsProps) {
  const { t, language } = useI18n();
  const q = useDebounced(searchTerm(props.q), SEARCH_DEBOUNCE_MS);
  const { status, page, pageSize, sort, order, gate } = props;
  const accounts = useAccountList({ q, status, page, pageSize, sort, order });
  const data = accounts.data;
  // Fresh: the rows answer the term as typed (not one still debounced or fetched) and the current filter, page and sort.
  const fresh = data !== undefined && !accounts.isPlaceholderData && data.q === searchTerm(props.q);
  useSettleGate(gate, fresh, data?.items[0]?.id);
  const onOpen = useCallback((id: number) => gate.openRow(id), [gate]);
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'baseline' }}>
        <Typography variant="subtitle1" component="p" aria-live="polite" data-testid="accounts-total" sx={{ fontWeight: 500 }}>
          {data
            ? data.total === 1 && !data.totalCapped
              ? t('accounts.total.one')
              : t('accounts.total', { count: formatCount(data.total, data.totalCapped, language) })
            : '\u00a0'}
        </Typography>
        <SearchingNote stale={!fresh && !accounts.isError} testId="accounts-searching" />
      </Stack>
      {accounts.isError && <Alert severity="error">{t('accounts.loadFailed', { message: apiErrorText(accounts.error, t) })}</Alert>}
      <ListBusy busy={accounts.isFetching && data !== undefined} testId="accounts-busy" />
      <StaleResults stale={!fresh && data !== undefined}>
        <AccountsGrid
          apiRef={props.apiRef}
          data={data}
          loading={accounts.isFetching && !data}
          page={props.page}
          pageSize={props.pageSize}
          onPagination={props.onPagination}
          sortModel={props.sortModel}
          onSortModel={props.onSortModel}
          onOpen={onOpen}
        />
      </StaleResults>
    </>
  );
});
