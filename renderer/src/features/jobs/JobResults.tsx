import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { letterParts, type LetterPart } from '../../../../shared/api/customers';
import type { Job } from '../../../../shared/api/jobs';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { mailingFileName } from '../customer/activation/letterFiles';
import { useSavePdf } from '../customer/activation/useSavePdf';
import { jobKeys } from './jobQueries';

/** The two mailings of a finished job, each saved once through the save dialog. */
export function JobResults({ job }: { job: Job }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const { save, saved } = useSavePdf((part: LetterPart) => api.call('letters.pdf', { params: { jobId: job.jobId, part } }), mailingFileName);
  if (job.results.length === 0) return null;
  return (
    <Stack spacing={0.5} data-testid={`job-results-${job.jobId}`}>
      {letterParts.map((part) => {
        const done = saved.includes(part) || job.results[part - 1]?.fetched === true;
        return (
          <Button
            key={part}
            size="small"
            variant={done ? 'text' : 'outlined'}
            startIcon={done ? <CheckCircleOutlined color="success" /> : <SaveAltOutlined />}
            disabled={done || save.isPending}
            onClick={() => save.mutate(part, { onSettled: () => void queryClient.invalidateQueries({ queryKey: jobKeys.list }) })}
            sx={{ justifyContent: 'flex-start' }}
          >
            {t(done ? (part === 1 ? 'jobs.saved.1' : 'jobs.saved.2') : part === 1 ? 'jobs.save.1' : 'jobs.save.2')}
          </Button>
        );
      })}
      {job.expiresAt && (
        <Typography variant="caption" color="text.secondary">
          {t('jobs.once', { when: dates.dateTime(job.expiresAt) })}
        </Typography>
      )}
      {save.error && <Alert severity="error">{t('jobs.saveFailed', { message: save.error.message })}</Alert>}
    </Stack>
  );
}
