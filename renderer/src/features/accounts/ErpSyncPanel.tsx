import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { accountKeys } from './accountQueries';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Sends every customer's portal account status to the ERP, with when that last happened. */
export function ErpSyncPanel({ canAct }: { canAct: boolean }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: accountKeys.erpSync, queryFn: ({ signal }) => api.call('accounts.erpSyncStatus', {}, { signal }) });
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const send = useMutation({
    mutationFn: () => api.call('accounts.erpSync'),
    onSuccess: (result) => {
      queryClient.setQueryData(accountKeys.erpSync, { lastSentAt: result.sentAt });
      setSent(result.count);
      setAsking(false);
    },
  });
  const last = status.data?.lastSentAt;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="erp-sync">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Stack sx={{ flex: 1 }}>
          <Typography variant="subtitle2" component="h2">{t('accounts.erp.title')}</Typography>
          <Typography variant="body2" color="text.secondary" data-testid="erp-sync-last">
            {status.isPending ? t('common.loading') : last ? t('accounts.erp.last', { when: dates.dateTime(last) }) : t('accounts.erp.never')}
          </Typography>
        </Stack>
        {canAct && (
          <Button variant="outlined" startIcon={<SyncOutlined />} onClick={() => { send.reset(); setSent(null); setAsking(true); }}>
            {t('accounts.erp.send')}
          </Button>
        )}
      </Stack>
      {sent !== null && (
        <Alert severity="success" sx={{ mt: 1.5 }} onClose={() => setSent(null)}>
          {t('accounts.erp.sent', { count: sent })}
        </Alert>
      )}
      <ConfirmDialog
        open={asking}
        title={t('accounts.erp.send')}
        text={t('accounts.erp.confirm')}
        confirmLabel={t('accounts.erp.send')}
        busy={send.isPending}
        error={send.error ? apiErrorText(send.error, t) : null}
        onConfirm={() => send.mutate()}
        onClose={() => setAsking(false)}
        testId="erp-sync-dialog"
      />
    </Paper>
  );
}
