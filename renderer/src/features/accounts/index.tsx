import AddRounded from '@mui/icons-material/AddRounded';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useGridApiRef, type GridSortModel } from '@mui/x-data-grid';
import { useCallback, useState } from 'react';
import { accountSortFields, accountStatuses, type AccountStatus } from '../../../../shared/api/accounts';
import { navigate, useRoute } from '../../app/router';
import { useI18n } from '../../i18n';
import { AccountDrawer } from './AccountDrawer';
import { useAccountList, type AccountSortField } from './accountQueries';
import { AccountsGrid } from './AccountsGrid';
import { apiErrorText } from './components/apiErrorText';
import { focusFirstCell, formatCount } from './components/gridSupport';
import { SearchPanel } from './components/SearchPanel';
import { useCanAct } from './components/useCanAct';
import { useDebounced } from './components/useDebounced';
import { useListState } from './components/useListState';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ErpSyncPanel } from './ErpSyncPanel';
import { SEARCH_DEBOUNCE_MS } from './searchTiming';

/** B1–B4, B6: the Accounts screen of the KCC desk (seed 001 §4.3). Details open in a drawer at #/accounts/<id>. */
export default function AccountsScreen() {
  const { t, language } = useI18n();
  const route = useRoute();
  const canAct = useCanAct();
  const apiRef = useGridApiRef();
  const list = useListState<AccountStatus, AccountSortField>('accounts.list');
  const { state } = list;
  const q = useDebounced(state.q, SEARCH_DEBOUNCE_MS);
  const accounts = useAccountList({ q, status: state.status, page: state.page, pageSize: state.pageSize, sort: state.sort, order: state.order });
  const [creating, setCreating] = useState(false);

  const openId = route.segments[1] !== undefined ? Number(route.segments[1]) : null;
  const open = useCallback((id: number) => navigate(`/accounts/${id}`), []);
  const { setSortModel } = list;
  const onSortModel = useCallback((m: GridSortModel) => setSortModel(m, accountSortFields), [setSortModel]);
  const data = accounts.data;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1280 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start' }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h4" component="h1">
            {t('accounts.title')}
          </Typography>
          <Typography color="text.secondary">{t('accounts.intro')}</Typography>
        </Box>
        {canAct && (
          <Button variant="contained" startIcon={<AddRounded />} onClick={() => setCreating(true)}>
            {t('accounts.new')}
          </Button>
        )}
      </Stack>
      <SearchPanel<AccountStatus>
        name="accountSearch"
        label={t('accounts.search')}
        placeholder={t('accounts.search.placeholder')}
        hint={t('accounts.search.hint')}
        value={state.q}
        onChange={list.setQ}
        filtersLabel={t('accounts.filter.label')}
        filters={accountStatuses.map((s) => ({ value: s, label: t(`accounts.filter.${s}`) }))}
        status={state.status}
        onStatus={list.setStatus}
        onArrowDown={() => focusFirstCell(apiRef, data?.items[0]?.id, 'customerNumber')}
      />
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
      <AccountsGrid
        apiRef={apiRef}
        data={data}
        loading={accounts.isFetching}
        page={state.page}
        pageSize={state.pageSize}
        onPagination={list.setPagination}
        sortModel={list.sortModel}
        onSortModel={onSortModel}
        onOpen={open}
      />
      <ErpSyncPanel canAct={canAct} />
      <AccountDrawer id={openId !== null && Number.isInteger(openId) && openId > 0 ? openId : null} canAct={canAct} onClose={() => navigate('/accounts')} />
      {canAct && (
        <CreateAccountDialog
          open={creating}
          onClose={() => setCreating(false)}
          onDone={(account) => {
            setCreating(false);
            open(account.id);
          }}
        />
      )}
    </Stack>
  );
}
