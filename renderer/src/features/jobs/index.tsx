import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import { Alert, Box, Button, CircularProgress, LinearProgress, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { JobKind } from '../../../../shared/api/jobs';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { JobItemsDialog } from './JobItemsDialog';
import { jobKeys, LAST_IMPORT_DRAFT, useJobs } from './jobQueries';
import { JobResults } from './JobResults';
import { SelectionPanel, selectionBody, type SelectionState } from './SelectionPanel';

/** Bulk actions (H4): choose customers, start accounts or letters as a durable job, follow it, fetch its letters. */
export default function JobsScreen() {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [lastImport] = useDraft<string[]>(LAST_IMPORT_DRAFT, []);
  const [selection, setSelection] = useDraft<SelectionState>('jobs.selection', { kind: lastImport.length > 0 ? 'import' : 'group', group: null, onlyNoAccount: true });
  const [report, setReport] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const jobs = useJobs();
  const body = selectionBody(selection, lastImport);

  const start = useMutation({
    mutationFn: (kind: JobKind) => (kind === 'bulk_accounts' ? api.call('bulk.accounts', { body: body! }) : api.call('bulk.letters', { body: body! })),
    onSuccess: async () => {
      setNotice(t('jobs.started'));
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
  const cancel = useMutation({
    mutationFn: (jobId: string) => api.call('jobs.cancel', { params: { jobId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobKeys.list }),
  });

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('jobs.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('jobs.intro')}
      </Typography>
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <SelectionPanel value={selection} onChange={setSelection} lastImport={lastImport} />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <Box sx={{ flex: 1 }}>
                <Button variant="contained" startIcon={<PersonAddAltOutlined />} disabled={!body || start.isPending} onClick={() => start.mutate('bulk_accounts')}>
                  {t('jobs.accounts')}
                </Button>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t('jobs.accounts.help')}
                </Typography>
              </Box>
              <Box sx={{ flex: 1 }}>
                <Button variant="outlined" startIcon={<MarkEmailUnreadOutlined />} disabled={!body || start.isPending} onClick={() => start.mutate('activation_letters')}>
                  {t('jobs.letters')}
                </Button>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t('jobs.letters.help')}
                </Typography>
              </Box>
            </Stack>
            {start.error && <Alert severity="error">{t('jobs.startFailed', { message: start.error.message })}</Alert>}
          </Stack>
        </Paper>

        <Box>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('jobs.list.title')}
          </Typography>
          {jobs.isPending && <CircularProgress aria-label={t('common.loading')} />}
          {jobs.isError && <Alert severity="error">{t('jobs.loadFailed', { message: jobs.error.message })}</Alert>}
          {jobs.data && jobs.data.length === 0 && <Alert severity="info">{t('jobs.list.empty')}</Alert>}
          {jobs.data && jobs.data.length > 0 && (
            <Table size="small" aria-label={t('jobs.list.label')} data-testid="jobs-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('jobs.col.what')}</TableCell>
                  <TableCell>{t('jobs.col.started')}</TableCell>
                  <TableCell>{t('jobs.col.state')}</TableCell>
                  <TableCell sx={{ minWidth: 200 }}>{t('jobs.col.progress')}</TableCell>
                  <TableCell>{t('jobs.col.results')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {jobs.data.map((j) => {
                  const open = j.state === 'queued' || j.state === 'running';
                  const percent = j.total > 0 ? Math.round((j.done / j.total) * 100) : 100;
                  return (
                    <TableRow key={j.jobId} data-testid={`job-${j.jobId}`}>
                      <TableCell>{t(`jobs.kind.${j.kind}`)}</TableCell>
                      <TableCell>{dates.dateTime(j.createdAt)}</TableCell>
                      <TableCell data-testid="job-state">{t(`jobs.state.${j.state}`)}</TableCell>
                      <TableCell>
                        <LinearProgress variant="determinate" value={percent} aria-label={t('jobs.col.progress')} />
                        <Typography variant="body2" color="text.secondary">
                          {j.failed > 0 ? t('jobs.progressFailed', { done: j.done, total: j.total, failed: j.failed }) : t('jobs.progress', { done: j.done, total: j.total })}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                          {open && (
                            <Button size="small" color="warning" startIcon={<StopCircleOutlined />} aria-label={t('jobs.cancel.label')} disabled={j.cancelRequested || cancel.isPending} onClick={() => cancel.mutate(j.jobId)}>
                              {t('jobs.cancel')}
                            </Button>
                          )}
                          <JobResults job={j} />
                          <Button size="small" onClick={() => setReport(j.jobId)}>
                            {t('jobs.report')}
                          </Button>
                        </Stack>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </Box>
      </Stack>
      {report && <JobItemsDialog jobId={report} onClose={() => setReport(null)} />}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
