import { Alert, Stack, Typography } from '@mui/material';
import type { GridApi, GridSortModel } from '@mui/x-data-grid';
import { memo, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { useAccountList, type AccountListParams } from './accountQueries';
import { AccountsGrid } from './AccountsGrid';
import { apiErrorText } from '../../components/apiErrorText';
import { formatCount } from '../../components/gridSupport';
import { ListBusy } from '../../components/ListBusy';
import { useDebounced } from '../../components/useDebounced';
import { SEARCH_DEBOUNCE_MS } from './searchTiming';

/** The list parameters with `q` as typed: it is searched once it has been still for SEARCH_DEBOUNCE_MS. */
export interface AccountsResultsProps extends AccountListParams {
  apiRef: RefObject<GridApi | null>;
  sortModel: GridSortModel;
  onPagination: (page: number, pageSize: number) => void;
  onSortModel: (model: GridSortModel) => void;
  onOpen: (id: number) => void;
}

/**
 * Count, progress, error and grid of the Accounts screen. Its own component, holding the debounced term
 * and the query, so an answer re-renders only this part and not the search field, header and drawer.
 */
export const AccountsResults = memo(function AccountsResults(props: AccountsResultsProps) {
  const { t, language } = useI18n();
  const q = useDebounced(props.q, SEARCH_DEBOUNCE_MS);
  const { status, page, pageSize, sort, order } = props;
  const accounts = useAccountList({ q, status, page, pageSize, sort, order });
  const data = accounts.data;
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
      </Stack>
      {accounts.isError && <Alert severity="error">{t('accounts.loadFailed', { message: apiErrorText(accounts.error, t) })}</Alert>}
      <ListBusy busy={accounts.isFetching && data !== undefined} testId="accounts-busy" />
      <AccountsGrid
        apiRef={props.apiRef}
        data={data}
        loading={accounts.isFetching && !data}
        page={props.page}
        pageSize={props.pageSize}
        onPagination={props.onPagination}
        sortModel={props.sortModel}
        onSortModel={props.onSortModel}
        onOpen={props.onOpen}
      />
    </>
  );
});
