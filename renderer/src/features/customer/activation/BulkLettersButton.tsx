import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../app/api';
import { kcc } from '../../../bridge';
import { useT } from '../../../i18n';
import { useCan } from '../../../session/useCan';
import { arrayBufferToBase64 } from './bytes';

/** Activation letters (one PDF) for every household without an account; kcc-admin and admin. */
export function BulkLettersButton() {
  const t = useT();
  const allowed = useCan('letters.bulk');
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<MarkEmailUnreadOutlined />} onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap' }}>
        {t('letters.button')}
      </Button>
      {open && <BulkLettersDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function BulkLettersDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({ mutationFn: () => api.call('letters.start', { body: { onlyWithoutAccount: true } }), onSuccess: (r) => setJobId(r.jobId) });
  const job = useQuery({
    queryKey: ['customers', 'letters', jobId],
    queryFn: ({ signal }) => api.call('letters.status', { params: { jobId: jobId ?? '' } }, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 500 : false),
    staleTime: 0,
  });
  const save = useMutation({
    mutationFn: async () => {
      const bytes = await api.call('letters.pdf', { params: { jobId: jobId ?? '' } });
      return kcc.files.save({
        suggestedName: `activatiebrieven-${new Date().toISOString().slice(0, 10)}.pdf`,
        dataBase64: arrayBufferToBase64(bytes),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
    },
  });

  const status = job.data;
  const running = start.isPending || (jobId !== null && (!status || status.state === 'running'));
  const percent = status && status.total > 0 ? Math.round((status.done / status.total) * 100) : 0;
  const error = start.error ?? job.error ?? (status?.state === 'failed' ? new Error(status.error ?? '') : null);

  return (
    <Dialog open onClose={running ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="letters-title" data-testid="letters-dialog">
      <DialogTitle id="letters-title">{t('letters.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('letters.intro')}</DialogContentText>
          {jobId !== null && (
            <Box>
              <LinearProgress variant={status ? 'determinate' : 'indeterminate'} value={percent} aria-label={t('letters.title')} />
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="letters-progress">
                {status?.state === 'done' ? t('letters.done', { total: status.total }) : t('letters.progress', { done: status?.done ?? 0, total: status?.total ?? 0 })}
              </Typography>
            </Box>
          )}
          {error && <Alert severity="error">{t('letters.failed', { message: error.message })}</Alert>}
          {save.error && <Alert severity="error">{t('letters.failed', { message: save.error.message })}</Alert>}
          {save.data?.saved && <Alert severity="success">{t('letters.saved')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={running}>
          {t('common.close')}
        </Button>
        {status?.state === 'done' ? (
          <Button variant="contained" onClick={() => save.mutate()} disabled={save.isPending} autoFocus>
            {t('letters.save')}
          </Button>
        ) : (
          <Button variant="contained" onClick={() => start.mutate()} disabled={running || jobId !== null} autoFocus>
            {t('letters.start')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
