import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../app/api';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { customerKeys } from '../customerQueries';
import { liveSessionFor } from '../lookAlong/lookAlongStore';
import { Section } from '../ui/Section';
import { HouseholdLettersDialog } from './HouseholdLettersDialog';

/**
 * The household's activation code, hidden until asked (it is a secret the tenant
 * gets by letter), regenerated after a confirmation, "new letter requested" logged as an interaction, and the
 * household's two letters (customer number and portal address; the code alone) saved as PDFs.
 */
export function ActivationPanel({ customerNumber, notify }: { customerNumber: string; notify: (text: string) => void }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const [confirm, setConfirm] = useState<'regenerate' | 'letter' | null>(null);
  const [pdfOpen, setPdfOpen] = useState(false);
  // Fetched only when revealed: the code is not loaded (nor cached) for every customer opened.
  const code = useQuery({
    queryKey: customerKeys.activation(customerNumber),
    queryFn: ({ signal }) => api.call('activation.get', { params: { customerNumber }, lookAlong: liveSessionFor(customerNumber) }, { signal }),
    enabled: revealed,
    gcTime: 0,
    staleTime: 0,
  });
  const regenerate = useMutation({
    mutationFn: () => api.call('activation.regenerate', { params: { customerNumber }, lookAlong: liveSessionFor(customerNumber) }),
    onSuccess: (fresh) => {
      queryClient.setQueryData(customerKeys.activation(customerNumber), fresh);
      setRevealed(true);
      setConfirm(null);
      notify(t('activation.regenerated'));
      void queryClient.invalidateQueries({ queryKey: customerKeys.overview(customerNumber) });
    },
  });
  const letter = useMutation({
    mutationFn: () => api.call('activation.requestLetter', { params: { customerNumber }, lookAlong: liveSessionFor(customerNumber) }),
    onSuccess: () => {
      setConfirm(null);
      notify(t('activation.letterDone'));
      void queryClient.invalidateQueries({ queryKey: customerKeys.overview(customerNumber) });
    },
  });
  const data = revealed ? code.data : undefined;

  return (
    <Section title={t('activation.title')} testId="activation-panel">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('activation.intro')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Box
          sx={{ fontFamily: 'monospace', fontSize: 20, letterSpacing: 2, px: 1.5, py: 0.5, bgcolor: 'action.hover', borderRadius: 1, minWidth: 160 }}
          data-testid="activation-code"
          aria-live="polite"
        >
          {data ? (data.code ?? '—') : t('activation.hidden')}
        </Box>
        <Button startIcon={revealed ? <VisibilityOffOutlined /> : <VisibilityOutlined />} onClick={() => setRevealed((r) => !r)} disabled={code.isFetching}>
          {revealed ? t('activation.hide') : t('activation.reveal')}
        </Button>
        <Button variant="outlined" onClick={() => setConfirm('regenerate')}>
          {data && data.code === null ? t('activation.generate') : t('activation.regenerate')}
        </Button>
        <Button variant="outlined" onClick={() => setConfirm('letter')}>
          {t('activation.letter')}
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfOutlined />} onClick={() => setPdfOpen(true)}>
          {t('activation.pdf')}
        </Button>
      </Stack>
      {data?.generatedAt && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          {t('activation.generatedAt', { when: dates.dateTime(data.generatedAt) })}
        </Typography>
      )}
      {data && data.code === null && <Typography variant="body2" sx={{ mt: 1 }}>{t('activation.none')}</Typography>}
      {code.error && <Alert severity="error" sx={{ mt: 1 }}>{t('activation.failed', { message: code.error.message })}</Alert>}
      <ConfirmDialog
        open={confirm === 'regenerate'}
        title={t('activation.regenerateTitle')}
        text={t('activation.regenerateText')}
        confirmLabel={t('activation.regenerate')}
        danger
        busy={regenerate.isPending}
        error={regenerate.error ? t('activation.failed', { message: regenerate.error.message }) : null}
        onConfirm={() => regenerate.mutate()}
        onClose={() => { setConfirm(null); regenerate.reset(); }}
        testId="regenerate-dialog"
      />
      <ConfirmDialog
        open={confirm === 'letter'}
        title={t('activation.letterTitle')}
        text={t('activation.letterText')}
        confirmLabel={t('activation.letter')}
        busy={letter.isPending}
        error={letter.error ? t('activation.failed', { message: letter.error.message }) : null}
        onConfirm={() => letter.mutate()}
        onClose={() => { setConfirm(null); letter.reset(); }}
        testId="letter-dialog"
      />
      {pdfOpen && <HouseholdLettersDialog customerNumber={customerNumber} onClose={() => setPdfOpen(false)} />}
    </Section>
  );
}
