import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { letterParts, type LetterPart } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { useCan } from '../../../session/useCan';
import { mailingFileName } from './letterFiles';
import { useSavePdf } from './useSavePdf';

/** Activation letters for every household without an account, as two mailings (two PDFs); kcc-admin and admin. */
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
  const dates = useDates();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({ mutationFn: () => api.call('letters.start', { body: { onlyWithoutAccount: true } }), onSuccess: (r) => setJobId(r.jobId) });
  const job = useQuery({
    queryKey: ['customers', 'letters', jobId],
    queryFn: ({ signal }) => api.call('letters.status', { params: { jobId: jobId ?? '' } }, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 500 : false),
    staleTime: 0,
  });
  // Each mailing is served once: the hook keeps the bytes until they are saved.
  const { save, saved } = useSavePdf((part: LetterPart) => api.call('letters.pdf', { params: { jobId: jobId ?? '', part } }), mailingFileName);

  const status = job.data;
  const running = start.isPending || (jobId !== null && (!status || status.state === 'running'));
  const percent = status && status.total > 0 ? Math.round((status.done / status.total) * 100) : 0;
  const error = start.error ?? job.error ?? (status?.state === 'failed' ? new Error(status.error ?? '') : null);
  const done = status?.state === 'done';

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
                {done ? t('letters.done', { total: status.total }) : t('letters.progress', { done: status?.done ?? 0, total: status?.total ?? 0 })}
              </Typography>
            </Box>
          )}
          {done && (
            <Stack spacing={1} data-testid="letters-mailings">
              {letterParts.map((part) => {
                const isSaved = saved.includes(part);
                return (
                  <Button
                    key={part}
                    variant={isSaved ? 'text' : 'contained'}
                    startIcon={isSaved ? <CheckCircleOutlined color="success" /> : <SaveAltOutlined />}
                    onClick={() => save.mutate(part)}
                    disabled={isSaved || save.isPending}
                    autoFocus={part === 1}
                    data-testid={`letters-save-${part}`}
                    sx={{ justifyContent: 'flex-start' }}
                  >
                    {isSaved ? t(part === 1 ? 'letters.saved1' : 'letters.saved2') : t(part === 1 ? 'letters.save1' : 'letters.save2')}
                  </Button>
                );
              })}
              {status.expiresAt && (
                <Typography variant="caption" color="text.secondary">
                  {t('letters.once', { when: dates.dateTime(status.expiresAt) })}
                </Typography>
              )}
            </Stack>
          )}
          {error && <Alert severity="error">{t('letters.failed', { message: error.message })}</Alert>}
          {save.error && <Alert severity="error">{t('letters.saveFailed', { message: save.error.message })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={running}>
          {t('common.close')}
        </Button>
        {!done && (
          <Button variant="contained" onClick={() => start.mutate()} disabled={running || jobId !== null} autoFocus>
            {t('letters.start')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
