import SearchRounded from '@mui/icons-material/SearchRounded';
import { Alert, Box, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { useGridApiRef } from '@mui/x-data-grid';
import { useCallback, useEffect } from 'react';
import { quickLookupShortcutLabel } from '../../../app/quickLookup/shortcut';
import { navigate, useRoute } from '../../../app/router';
import { useDraft } from '../../../hooks/useDraft';
import { useT } from '../../../i18n';
import { focusFirstCell, releaseGridFocus } from '../../../components/gridSupport';
import { useDebounced } from '../../../components/useDebounced';
import { searchTerm, useResultsGate, useSettleGate } from '../../../components/freshResults';
import { SearchingNote, StaleResults } from '../../../components/StaleResults';
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
  const typed = searchTerm(q);
  const term = searchTerm(useDebounced(q, DEBOUNCE_MS));
  const search = useCustomerSearch(term, 100);
  const data = typed ? search.data : undefined;
  // Enter, ArrowDown and clicks act only on rows that answer the term as typed (freshResults.ts).
  const fresh = data !== undefined && data.q === typed;
  const open = useCallback((nr: string) => navigate(`/customer/${nr}`), []);
  const gate = useResultsGate<string>({ focusFirst: (nr, wanted) => focusFirstCell(apiRef, nr, 'customerNumber', wanted), open, release: () => releaseGridFocus(apiRef) }, { enterOpensFirst: true });
  useSettleGate(gate, fresh, data?.items[0]?.customerNumber);
  // "Show all results" of the quick lookup arrives as #/customer?q=…
  useEffect(() => {
    if (fromRoute === null) return;
    gate.typed();
    setQ(fromRoute);
  }, [fromRoute, setQ, gate]);

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
        onChange={(e) => {
          gate.typed();
          setQ(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            gate.arrowDown();
          } else if (e.key === 'Enter' && gate.enter()) {
            e.preventDefault();
          }
        }}
        onFocus={() => gate.focused()}
        onBlur={() => gate.left()}
        autoComplete="off"
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchRounded /></InputAdornment> } }}
      />
      {search.error && term && <Alert severity="error">{t('customer.search.failed', { message: search.error.message })}</Alert>}
      <Stack direction="row" sx={{ alignItems: 'baseline', minHeight: 20 }}>
        {data && (
          <Typography variant="body2" color="text.secondary" data-testid="customer-total">
            {data.totalCapped ? t('customer.search.totalCapped', { count: data.total }) : t('customer.search.total', { count: data.total })}
          </Typography>
        )}
        <SearchingNote stale={typed !== '' && !fresh && !search.isError} testId="customer-searching" />
      </Stack>
      <StaleResults stale={!fresh && data !== undefined}>
        <CustomerSearchGrid apiRef={apiRef} rows={data?.items ?? []} q={data?.q ?? ''} loading={search.isFetching} onOpen={(nr) => gate.openRow(nr)} />
      </StaleResults>
    </Stack>
  );
}
