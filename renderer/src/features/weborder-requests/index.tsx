import { Alert, Box, Button, Paper, Snackbar, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { weborderRequestStatuses, type WeborderRequest } from '../../../../shared/api/weborders';
import { api } from '../../app/api';
import { useRouteFilter } from '../../components/useRouteFilter';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { NewWeborderDialog } from '../weborders/NewWeborderDialog';

/** Teachers' weborder requests (seed 000 §3.3): the queue, and "Weborder voorstellen" with the fields filled. */
export default function WeborderRequestsScreen() {
  const t = useT();
  const dates = useDates();
  const [status, setStatus] = useState<'open' | 'proposed'>('open');
  const [page, setPage] = useState(0);
  const [proposing, setProposing] = useState<WeborderRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pageSize = 25;
  // From Aandacht ("#/weborder-requests?status=open"): that tab, first page.
  const arrive = useCallback((s: 'open' | 'proposed') => {
    setStatus(s);
    setPage(0);
  }, []);
  useRouteFilter('status', weborderRequestStatuses, arrive);
  const list = useQuery({
    queryKey: ['weborder-requests', status, page],
    queryFn: ({ signal }) => api.call('weborderRequests.list', { query: { status, page: page + 1, pageSize } }, { signal }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('requests.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {t('requests.intro')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={status}
          aria-label={t('requests.filter.label')}
          onChange={(_e, v: 'open' | 'proposed' | null) => {
            if (v) {
              setStatus(v);
              setPage(0);
            }
          }}
        >
          <ToggleButton value="open">{t('requests.filter.open')}</ToggleButton>
          <ToggleButton value="proposed">{t('requests.filter.proposed')}</ToggleButton>
        </ToggleButtonGroup>
        <Typography>{list.data ? t('requests.total', { count: list.data.total.toLocaleString('nl-NL') }) : ''}</Typography>
      </Box>
      {list.isError && <Alert severity="error">{t('requests.loadFailed', { message: list.error.message })}</Alert>}
      <Paper variant="outlined">
        <TableContainer>
          <Table size="small" aria-label={t('requests.table.label')} data-testid="requests-table">
            <TableHead>
              <TableRow>
                {(['createdAt', 'school', 'partner', 'teacher', 'contact', 'grade', 'event', 'desiredAt', 'order', 'remark', 'action'] as const).map((c) => (
                  <TableCell key={c}>{t(`requests.col.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={11}>{list.isFetching ? t('common.loading') : t('requests.noRows')}</TableCell>
                </TableRow>
              )}
              {rows.map((r) => (
                <TableRow key={r.id} data-testid={`request-row-${r.id}`}>
                  <TableCell>{dates.dateTime(r.createdAt)}</TableCell>
                  <TableCell>
                    {r.schoolName} ({r.schoolNumber})
                  </TableCell>
                  <TableCell>{r.partnerName}</TableCell>
                  <TableCell>{r.teacherName}</TableCell>
                  <TableCell>
                    {r.teacherEmail}
                    <br />
                    {r.teacherPhone}
                  </TableCell>
                  <TableCell>{[r.grade, r.level].filter(Boolean).join(' · ')}</TableCell>
                  <TableCell>{r.event}</TableCell>
                  <TableCell>{dates.dateTime(r.desiredAt)}</TableCell>
                  <TableCell>
                    {r.students} / {r.teachers}
                  </TableCell>
                  <TableCell>{r.remark || '—'}</TableCell>
                  <TableCell>
                    {r.status === 'open' ? (
                      <Button size="small" variant="contained" onClick={() => setProposing(r)} aria-label={t('requests.proposeFor', { id: r.id })}>
                        {t('requests.propose')}
                      </Button>
                    ) : (
                      t('requests.proposed', { id: r.weborderId ?? '—' })
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={list.data?.total ?? 0}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[pageSize]}
          onPageChange={(_e, p) => setPage(p)}
        />
      </Paper>
      {proposing && (
        <NewWeborderDialog
          request={proposing}
          onClose={() => setProposing(null)}
          onCreated={(w) => {
            setProposing(null);
            setNotice(t('requests.created', { id: w.id }));
          }}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
