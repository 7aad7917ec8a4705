import { Alert, Box, Snackbar, Stack, Typography } from '@mui/material';
import { useGridApiRef } from '@mui/x-data-grid';
import { useCallback, useState } from 'react';
import { accountRequestStatuses, type AccountRequestStatus } from '../../../../shared/api/accounts';
import { navigate, useRoute } from '../../app/router';
import { useI18n } from '../../i18n';
import { apiErrorText } from '../../components/apiErrorText';
import { focusFirstCell, releaseGridFocus, formatCount } from '../../components/gridSupport';
import { SearchPanel } from '../../components/SearchPanel';
import { useCan } from '../../session/useCan';
import { useDebounced } from '../../components/useDebounced';
import { useListState } from '../../components/useListState';
import { useRouteFilter } from '../../components/useRouteFilter';
import { SEARCH_DEBOUNCE_MS } from '../accounts/searchTiming';
import { RequestDrawer } from './RequestDrawer';
import { useRequestList } from './requestQueries';
import { RequestsGrid } from './RequestsGrid';
import { ListBusy } from '../../components/ListBusy';
import { gatedSearch, searchTerm, useResultsGate, useSettleGate } from '../../components/freshResults';
import { SearchingNote, StaleResults } from '../../components/StaleResults';

/** Accountaanvragen: where each request for a portal account stopped, resend the activation mail, delete. */
export default function AccountRequestsScreen() {
  const { t, language } = useI18n();
  const route = useRoute();
  const canAct = useCan('accountRequests.manage');
  const apiRef = useGridApiRef();
  const list = useListState<AccountRequestStatus, never>('accountRequests.list');
  const { state } = list;
  const q = useDebounced(searchTerm(state.q), SEARCH_DEBOUNCE_MS);
  const requests = useRequestList({ q, status: state.status, page: state.page, pageSize: state.pageSize });
  const [message, setMessage] = useState<string | null>(null);
  const data = requests.data;
  // Keys and clicks act only on rows that answer the term as typed and the current filter and page (freshResults.ts).
  const fresh = data !== undefined && !requests.isPlaceholderData && data.q === searchTerm(state.q);
  const open = useCallback((id: number) => navigate(`/account-requests/${id}`), []);
  const gate = useResultsGate<number>({ focusFirst: (id, wanted) => focusFirstCell(apiRef, id, 'customerNumber', wanted), open, release: () => releaseGridFocus(apiRef) });
  useSettleGate(gate, fresh, data?.items[0]?.id);
  // From Aandacht ("#/account-requests?status=stuck"): that filter over all requests, no search term left over.
  const { setQ, setStatus } = list;
  const arrive = useCallback((s: AccountRequestStatus) => {
    setQ('');
    setStatus(s);
  }, [setQ, setStatus]);
  useRouteFilter('status', accountRequestStatuses, arrive);
  const rawId = route.segments[1] !== undefined ? Number(route.segments[1]) : NaN;
  const openId = Number.isInteger(rawId) && rawId > 0 ? rawId : null;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1280 }}>
      <Box>
        <Typography variant="h4" component="h1">
          {t('accountRequests.title')}
        </Typography>
        <Typography color="text.secondary">{t('accountRequests.intro')}</Typography>
      </Box>
      <SearchPanel<AccountRequestStatus>
        name="requestSearch"
        label={t('accountRequests.search')}
        placeholder={t('accountRequests.search.placeholder')}
        hint={t('accounts.search.hint')}
        value={state.q}
        filtersLabel={t('accountRequests.filter.label')}
        filters={accountRequestStatuses.map((s) => ({ value: s, label: t(`accountRequests.filter.${s}`) }))}
        status={state.status}
        {...gatedSearch(gate, list.setQ, list.setStatus)}
      />
      <Stack direction="row" sx={{ alignItems: 'baseline' }}>
        <Typography variant="subtitle1" component="p" aria-live="polite" data-testid="requests-total" sx={{ fontWeight: 500 }}>
          {data ? (data.total === 1 ? t('accountRequests.total.one') : t('accountRequests.total', { count: formatCount(data.total, false, language) })) : '\u00a0'}
        </Typography>
        <SearchingNote stale={!fresh && !requests.isError} testId="requests-searching" />
      </Stack>
      {requests.isError && <Alert severity="error">{t('accountRequests.loadFailed', { message: apiErrorText(requests.error, t) })}</Alert>}
      <ListBusy busy={requests.isFetching && data !== undefined} testId="requests-busy" />
      <StaleResults stale={!fresh && data !== undefined}>
        <RequestsGrid
          apiRef={apiRef}
          data={data}
          loading={requests.isFetching && !data}
          page={state.page}
          pageSize={state.pageSize}
          onPagination={list.setPagination}
          onOpen={(id) => gate.openRow(id)}
        />
      </StaleResults>
      <RequestDrawer id={openId} canAct={canAct} onClose={() => navigate('/account-requests')} onMessage={setMessage} />
      <Snackbar open={message !== null} autoHideDuration={5000} onClose={() => setMessage(null)} message={message ?? ''} />
    </Stack>
  );
}
