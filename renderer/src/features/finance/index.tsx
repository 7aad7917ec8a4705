import { Alert, Box, Card, CardContent, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatEuro } from '../../../../shared/domain/format';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { usePartnerOptions } from '../weborders/weborderQueries';

/** Finance (seed 000 §2.1): totals, a chart per month and the ledger lines, for one partner or all. */
export default function FinanceScreen() {
  const t = useT();
  const dates = useDates();
  const partners = usePartnerOptions();
  const [partnerId, setPartnerId] = useState('');
  const [year, setYear] = useState('');
  const [page, setPage] = useState(0);
  const filter = { ...(partnerId ? { partnerId: Number(partnerId) } : {}), ...(year ? { year: Number(year) } : {}) };
  const overview = useQuery({
    queryKey: ['finance', 'overview', filter],
    queryFn: ({ signal }) => api.call('finance.overview', { query: filter }, { signal }),
    placeholderData: keepPreviousData,
  });
  const ledger = useQuery({
    queryKey: ['finance', 'ledger', filter, page],
    queryFn: ({ signal }) => api.call('finance.ledger', { query: { ...filter, page: page + 1, pageSize: 25 } }, { signal }),
    placeholderData: keepPreviousData,
  });
  const now = new Date().getFullYear();
  const months = overview.data?.months ?? [];
  const euro = (cents: number | null) => (cents === null ? '' : formatEuro(cents));
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('finance.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {t('finance.intro')}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2 }}>
        <TextField select size="small" label={t('finance.partner')} value={partnerId} onChange={(e) => (setPartnerId(e.target.value), setPage(0))} sx={{ minWidth: 260 }}>
          <MenuItem value="">{t('finance.allPartners')}</MenuItem>
          {(partners.data?.items ?? []).map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('finance.year')} value={year} onChange={(e) => (setYear(e.target.value), setPage(0))} sx={{ minWidth: 140 }}>
          <MenuItem value="">{t('finance.allYears')}</MenuItem>
          {[now, now - 1, now - 2, now - 3].map((y) => (
            <MenuItem key={y} value={String(y)}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {(overview.isError || ledger.isError) && <Alert severity="error">{t('finance.loadFailed', { message: (overview.error ?? ledger.error)?.message ?? '' })}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} data-testid="finance-totals">
        {(['income', 'commission', 'payout'] as const).map((k) => (
          <Card key={k} variant="outlined" sx={{ flex: 1 }}>
            <CardContent>
              <Typography color="text.secondary">{t(`finance.${k}`)}</Typography>
              <Typography variant="h5" component="p" data-testid={`finance-${k}`}>
                {overview.data ? formatEuro(overview.data[k]) : '…'}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component="h2">
          {t('finance.chart')}
        </Typography>
        <Box role="img" aria-label={t('finance.chart.label')}>
          <BarChart
            height={280}
            xAxis={[{ scaleType: 'band', data: months.map((m) => m.month) }]}
            yAxis={[{ valueFormatter: (v: number | null) => (v === null ? '' : `€ ${Math.round(v / 100).toLocaleString('nl-NL')}`), width: 80 }]}
            series={[
              { data: months.map((m) => m.income), label: t('finance.income'), valueFormatter: euro },
              { data: months.map((m) => m.commission), label: t('finance.commission'), valueFormatter: euro },
              { data: months.map((m) => m.payout), label: t('finance.payout'), valueFormatter: euro },
            ]}
          />
        </Box>
      </Paper>
      <Paper variant="outlined">
        <Typography variant="h6" component="h2" sx={{ p: 2, pb: 0 }}>
          {t('finance.ledger')}
        </Typography>
        <TableContainer>
          <Table size="small" aria-label={t('finance.ledger.label')} data-testid="ledger-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('finance.col.at')}</TableCell>
                <TableCell>{t('finance.col.description')}</TableCell>
                <TableCell align="right">{t('finance.col.debit')}</TableCell>
                <TableCell align="right">{t('finance.col.credit')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(ledger.data?.items ?? []).length === 0 && (
                <TableRow>
                  <TableCell colSpan={4}>{ledger.isFetching ? t('common.loading') : t('finance.noRows')}</TableCell>
                </TableRow>
              )}
              {(ledger.data?.items ?? []).map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{dates.dateTime(l.at)}</TableCell>
                  <TableCell>{l.description}</TableCell>
                  <TableCell align="right">{l.debit ? formatEuro(l.debit) : ''}</TableCell>
                  <TableCell align="right">{l.credit ? formatEuro(l.credit) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination component="div" count={ledger.data?.total ?? 0} page={page} rowsPerPage={25} rowsPerPageOptions={[25]} onPageChange={(_e, p) => setPage(p)} />
      </Paper>
    </Box>
  );
}
