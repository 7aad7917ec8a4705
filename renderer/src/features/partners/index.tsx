import { Alert, Box, Chip, FormControlLabel, Link, Paper, Snackbar, Stack, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PartnerStatus } from '../../../../shared/api/partners';
import { api } from '../../app/api';
import { useDebounced } from '../../components/useDebounced';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { PartnerDrawer } from './PartnerDrawer';

type Filter = PartnerStatus | 'all';

/** The partner overview (seed 003's customer list): filters, weborders, 90-day activity, status, attention. */
export default function PartnersScreen() {
  const t = useT();
  const dates = useDates();
  const [filter, setFilter] = useState<Filter>('all');
  const [attention, setAttention] = useState(false);
  const [q, setQ] = useState('');
  const settledQ = useDebounced(q.trim(), 300);
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = { ...(filter !== 'all' ? { status: filter } : {}), ...(attention ? { attention: 'true' as const } : {}), ...(settledQ ? { q: settledQ } : {}), page: page + 1, pageSize: 25 };
  const list = useQuery({
    queryKey: ['partners', 'list', query],
    queryFn: ({ signal }) => api.call('partners.list', { query }, { signal }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('partners.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {t('partners.intro')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup exclusive size="small" value={filter} aria-label={t('partners.filter.label')} onChange={(_e, v: Filter | null) => v && (setFilter(v), setPage(0))}>
          {(['all', 'applied', 'active', 'closed', 'rejected'] as const).map((f) => (
            <ToggleButton key={f} value={f}>
              {t(`partners.filter.${f}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel control={<Switch checked={attention} onChange={(e) => (setAttention(e.target.checked), setPage(0))} />} label={t('partners.filter.attention')} />
        <TextField size="small" type="search" label={t('partners.filter.q')} value={q} onChange={(e) => (setQ(e.target.value), setPage(0))} />
        <Typography>{list.data ? t('partners.total', { count: list.data.total.toLocaleString('nl-NL') }) : ''}</Typography>
      </Stack>
      {list.isError && <Alert severity="error">{t('partners.loadFailed', { message: list.error.message })}</Alert>}
      <Paper variant="outlined">
        <TableContainer>
          <Table size="small" aria-label={t('partners.table.label')} data-testid="partners-table">
            <TableHead>
              <TableRow>
                {(['name', 'city', 'weborders', 'activity', 'status', 'attention'] as const).map((c) => (
                  <TableCell key={c} align={c === 'weborders' || c === 'activity' ? 'right' : 'left'}>
                    {t(`partners.col.${c}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>{list.isFetching ? t('common.loading') : t('partners.noRows')}</TableCell>
                </TableRow>
              )}
              {rows.map((p) => (
                <TableRow key={p.id} hover data-testid={`partner-row-${p.id}`}>
                  <TableCell>
                    <Link component="button" type="button" onClick={() => setOpenId(p.id)} aria-label={t('partners.open', { name: p.name })}>
                      {p.name}
                    </Link>
                  </TableCell>
                  <TableCell>{p.city}</TableCell>
                  <TableCell align="right">{p.weborders.toLocaleString('nl-NL')}</TableCell>
                  <TableCell align="right">{p.activity90d.toLocaleString('nl-NL')}</TableCell>
                  <TableCell>
                    {t(`partners.status.${p.status}`)}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' · '}
                      {p.status === 'applied' ? t('partners.appliedOn', { date: dates.date(p.appliedAt) }) : p.decidedAt ? t('partners.since', { date: dates.date(p.decidedAt) }) : ''}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5}>
                      {p.attention.map((a) => (
                        <Chip
                          key={a}
                          size="small"
                          color={a === 'application_overdue' ? 'error' : 'warning'}
                          variant="outlined"
                          label={t(`partners.attention.${a}`, { count: p.errorWeborders })}
                        />
                      ))}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination component="div" count={list.data?.total ?? 0} page={page} rowsPerPage={25} rowsPerPageOptions={[25]} onPageChange={(_e, p) => setPage(p)} />
      </Paper>
      {openId !== null && <PartnerDrawer id={openId} onClose={() => setOpenId(null)} onNotice={setNotice} />}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
