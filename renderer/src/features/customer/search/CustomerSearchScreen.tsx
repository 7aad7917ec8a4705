import SearchRounded from '@mui/icons-material/SearchRounded';
import { Alert, Box, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { useGridApiRef } from '@mui/x-data-grid';
import { useEffect } from 'react';
import { quickLookupShortcutLabel } from '../../../app/quickLookup/shortcut';
import { navigate, useRoute } from '../../../app/router';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { focusFirstCell } from '../../../components/gridSupport';
import { useDebounced } from '../../../components/useDebounced';
import { BulkLettersButton } from '../activation/BulkLettersButton';
import { useCustomerSearch } from '../customerQueries';
import { CustomerSearchGrid } from './CustomerSearchGrid';

const DEBOUNCE_MS = 200;

/** #/customer: the Klanten screen — the lookup of Ctrl/Cmd+K with a results grid. */
export function CustomerSearchScreen() {
  const t = useT();
  const route = useRoute();
  const apiRef = useGridApiRef();
  const [q, setQ] = useDraft('customer.search', '');
  const fromRoute = route.query.get('q');
  // "Show all results" of the quick lookup arrives as #/customer?q=…
  useEffect(() => {
    if (fromRoute !== null) setQ(fromRoute);
  }, [fromRoute, setQ]);
  const term = useDebounced(q, DEBOUNCE_MS).trim();
  const search = useCustomerSearch(term, 100);
  const data = term ? search.data : undefined;
  const open = (nr: string) => navigate(`/customer/${nr}`);

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1280 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h4" component="h1">
            {t('customer.title')}
          </Typography>
          <Typography color="text.secondary">{t('customer.intro')}</Typography>
        </Box>
        <BulkLettersButton />
      </Stack>
      <TextField
        autoFocus
        name="customerSearch"
        label={t('customer.search.label')}
        placeholder={t('customer.search.placeholder')}
        helperText={t('customer.search.hint', { shortcut: quickLookupShortcutLabel() })}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            focusFirstCell(apiRef, data?.items[0]?.customerNumber, 'customerNumber');
          } else if (e.key === 'Enter' && data?.items[0]) {
            open(data.items[0].customerNumber);
          }
        }}
        autoComplete="off"
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchRounded /></InputAdornment> } }}
      />
      {search.error && term && <Alert severity="error">{t('customer.search.failed', { message: search.error.message })}</Alert>}
      {data && (
        <Typography variant="body2" color="text.secondary" data-testid="customer-total">
          {data.totalCapped ? t('customer.search.totalCapped', { count: data.total }) : t('customer.search.total', { count: data.total })}
        </Typography>
      )}
      <CustomerSearchGrid apiRef={apiRef} rows={data?.items ?? []} q={term} loading={search.isFetching} onOpen={open} />
    </Stack>
  );
}
