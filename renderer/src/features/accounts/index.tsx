import AddRounded from '@mui/icons-material/AddRounded';
import ArrowBackRounded from '@mui/icons-material/ArrowBackRounded';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useGridApiRef, type GridSortModel } from '@mui/x-data-grid';
import { useCallback, useEffect, useState } from 'react';
import { accountSortFields, accountStatuses, type AccountStatus } from '../../../../shared/api/accounts';
import { hrefFor, navigate, useRoute } from '../../app/router';
import { useI18n } from '../../i18n';
import { AccountDrawer } from './AccountDrawer';
import { focusFirstCell, releaseGridFocus } from '../../components/gridSupport';
import { gatedSearch, useResultsGate } from '../../components/freshResults';
import { AccountsResults } from './AccountsResults';
import type { AccountSortField } from './accountQueries';
import { SearchPanel } from '../../components/SearchPanel';
import { useCan } from '../../session/useCan';
import { useListState } from '../../components/useListState';
import { useRouteFilter } from '../../components/useRouteFilter';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ErpSyncPanel } from './ErpSyncPanel';

/** The Accounts screen: look up portal accounts, filter by status, act on one; details open in a drawer at #/accounts/<id>. */
export default function AccountsScreen() {
  const { t } = useI18n();
  const route = useRoute();
  const canAct = useCan('accounts.manage');
  const apiRef = useGridApiRef();
  const list = useListState<AccountStatus, AccountSortField>('accounts.list');
  const { state } = list;
  const [creating, setCreating] = useState(false);

  const openId = route.segments[1] !== undefined ? Number(route.segments[1]) : null;
  // Opened from a customer screen ("Openen bij Accounts"): the list shows that customer and offers the way back.
  const from = route.query.get('from');
  const fromCustomer = from && /^HM-\d{5,7}$/.test(from) ? from : null;
  const suffix = fromCustomer ? `?from=${fromCustomer}` : '';
  const open = useCallback((id: number) => navigate(`/accounts/${id}${suffix}`), [suffix]);
  const { setQ, setStatus } = list;
  useEffect(() => {
    if (!fromCustomer) return;
    setQ(fromCustomer);
    setStatus(null);
  }, [fromCustomer, setQ, setStatus]);
  // From Aandacht ("#/accounts?status=blocked"): that filter over all accounts, no search term left over.
  const arrive = useCallback((s: AccountStatus) => {
    setQ('');
    setStatus(s);
  }, [setQ, setStatus]);
  useRouteFilter('status', accountStatuses, arrive);
  // Keys and clicks act only on rows that answer the term as typed (see freshResults.ts).
  const gate = useResultsGate<number>({ focusFirst: (id, wanted) => focusFirstCell(apiRef, id, 'customerNumber', wanted), open, release: () => releaseGridFocus(apiRef) });
  const { setSortModel } = list;
  const onSortModel = useCallback((m: GridSortModel) => setSortModel(m, accountSortFields), [setSortModel]);

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1280 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start' }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h4" component="h1">
            {t('accounts.title')}
          </Typography>
          <Typography color="text.secondary">{t('accounts.intro')}</Typography>
        </Box>
        {fromCustomer && (
          <Button variant="outlined" startIcon={<ArrowBackRounded />} href={hrefFor(`/customer/${fromCustomer}`)} data-testid="back-to-customer">
            {t('accounts.backToCustomer', { customerNumber: fromCustomer })}
          </Button>
        )}
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
        filtersLabel={t('accounts.filter.label')}
        filters={accountStatuses.map((s) => ({ value: s, label: t(`accounts.filter.${s}`) }))}
        status={state.status}
        {...gatedSearch(gate, list.setQ, list.setStatus)}
      />
      <AccountsResults
        apiRef={apiRef}
        q={state.q}
        status={state.status}
        page={state.page}
        pageSize={state.pageSize}
        sort={state.sort}
        order={state.order}
        sortModel={list.sortModel}
        onPagination={list.setPagination}
        onSortModel={onSortModel}
        gate={gate}
      />
      <ErpSyncPanel canAct={canAct} />
      <AccountDrawer id={openId !== null && Number.isInteger(openId) && openId > 0 ? openId : null} canAct={canAct} onClose={() => navigate(`/accounts${suffix}`)} />
      {canAct && creating && (
        <CreateAccountDialog
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
