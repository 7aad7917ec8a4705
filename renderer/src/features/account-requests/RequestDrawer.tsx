import CloseRounded from '@mui/icons-material/CloseRounded';
import { Alert, Box, Button, CircularProgress, Divider, Drawer, IconButton, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { useEscapeWhenFocusLost } from '../accounts/components/useEscapeWhenFocusLost';
import { useT } from '../../i18n';
import { apiErrorText } from '../accounts/components/apiErrorText';
import { ConfirmDialog } from '../accounts/components/ConfirmDialog';
import { DetailRow, DetailSection } from '../accounts/DetailRow';
import { useRequest, useRequestChanged } from './requestQueries';
import { RequestStepList } from './RequestSteps';
import { ResendDialog } from './ResendDialog';

export interface RequestDrawerProps {
  id: number | null;
  canAct: boolean;
  onClose: () => void;
  onMessage: (message: string) => void;
}

/** Details of one account request (#/account-requests/<id>): general data, the steps, resend and delete. */
export function RequestDrawer({ id, canAct, onClose, onMessage }: RequestDrawerProps) {
  const t = useT();
  const request = useRequest(id);
  const changed = useRequestChanged();
  const [dialog, setDialog] = useState<'resend' | 'delete' | null>(null);
  useEscapeWhenFocusLost(id !== null && dialog === null, onClose);
  const remove = useMutation({
    mutationFn: (which: number) => api.call('accountRequests.remove', { params: { id: which } }),
    onSuccess: (_v, which) => {
      setDialog(null);
      changed(null, which);
      onMessage(t('accountRequests.delete.done'));
      onClose();
    },
  });
  const r = request.data;
  return (
    <Drawer
      anchor="right"
      open={id !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 520 }, p: 3 }, 'aria-labelledby': 'request-drawer-title' } }}
      data-testid="request-drawer"
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2" id="request-drawer-title" tabIndex={-1} sx={{ flex: 1, outline: 'none' }}>
          {t('accountRequests.details.title')}
          {r ? ` — ${r.customerNumber}` : ''}
        </Typography>
        <IconButton onClick={onClose} aria-label={t('accounts.details.close')}>
          <CloseRounded />
        </IconButton>
      </Stack>
      {request.isPending && id !== null && <CircularProgress aria-label={t('common.loading')} />}
      {request.isError && (
        <Alert severity="error">
          {isApiError(request.error) && request.error.code === 'not_found' ? t('accountRequests.details.notFound') : apiErrorText(request.error, t)}
        </Alert>
      )}
      {r && (
        <>
          <DetailSection title={t('accountRequests.details.general')}>
            <DetailRow label={t('accountRequests.col.customerNumber')}>{r.customerNumber}</DetailRow>
            <DetailRow label={t('accountRequests.col.username')}>{r.username ?? t('accountRequests.none')}</DetailRow>
            <DetailRow label={t('accountRequests.col.email')} testId="request-email">{r.email ?? t('accountRequests.none')}</DetailRow>
          </DetailSection>
          <DetailSection title={t('accountRequests.details.steps')}>
            <RequestStepList request={r} />
          </DetailSection>
          <Divider sx={{ mb: 2 }} />
          {canAct ? (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <Button variant="contained" onClick={() => setDialog('resend')}>
                {t('accountRequests.resend')}
              </Button>
              <Box sx={{ flex: 1 }} />
              <Button color="error" onClick={() => { remove.reset(); setDialog('delete'); }}>
                {t('accounts.action.delete')}
              </Button>
            </Box>
          ) : (
            <Alert severity="info" variant="outlined">
              {t('accounts.action.lookOnly')}
            </Alert>
          )}
          <ResendDialog
            request={r}
            open={dialog === 'resend'}
            onClose={() => setDialog(null)}
            onDone={(next) => {
              setDialog(null);
              changed(next, next.id);
              requestAnimationFrame(() => document.getElementById('request-drawer-title')?.focus());
              onMessage(t('accountRequests.resend.done', { email: next.email ?? '' }));
            }}
          />
          <ConfirmDialog
            open={dialog === 'delete'}
            title={t('accountRequests.delete.title')}
            text={t('accountRequests.delete.text', { customerNumber: r.customerNumber })}
            confirmLabel={t('accounts.action.delete')}
            danger
            busy={remove.isPending}
            error={remove.error ? apiErrorText(remove.error, t) : null}
            onConfirm={() => remove.mutate(r.id)}
            onClose={() => setDialog(null)}
            testId="request-delete-dialog"
          />
        </>
      )}
    </Drawer>
  );
}
