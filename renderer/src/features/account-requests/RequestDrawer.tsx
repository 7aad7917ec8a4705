import { Alert, Box, Button, CircularProgress, Divider } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailRow, DetailSection } from '../../components/DetailRow';
import { DrawerShell, focusDrawerTitle } from '../../components/DrawerShell';
import { useT } from '../../i18n';
import { useAccountChanged } from '../accounts/accountChanged';
import { useRequest } from './requestQueries';
import { RequestStepList } from './RequestSteps';
import { ResendDialog } from './ResendDialog';

export interface RequestDrawerProps {
  id: number | null;
  canAct: boolean;
  onClose: () => void;
  onMessage: (message: string) => void;
}

const TITLE_ID = 'request-drawer-title';

/** Details of one account request (#/account-requests/<id>): general data, the steps, resend and delete. */
export function RequestDrawer({ id, canAct, onClose, onMessage }: RequestDrawerProps) {
  const t = useT();
  const request = useRequest(id);
  const changed = useAccountChanged();
  const [dialog, setDialog] = useState<'resend' | 'delete' | null>(null);
  const remove = useMutation({
    mutationFn: (which: number) => api.call('accountRequests.remove', { params: { id: which } }),
    onSuccess: (_v, which) => {
      setDialog(null);
      changed({ kind: 'request', id: which, request: null });
      onMessage(t('accountRequests.delete.done'));
      onClose();
    },
  });
  const r = request.data;
  return (
    <DrawerShell
      open={id !== null}
      onClose={onClose}
      titleId={TITLE_ID}
      title={`${t('accountRequests.details.title')}${r ? ` — ${r.customerNumber}` : ''}`}
      closeLabel={t('accounts.details.close')}
      width={520}
      testId="request-drawer"
      escapeWhenFocusLost={dialog === null}
    >
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
          {dialog === 'resend' && (
            <ResendDialog
              request={r}
              onClose={() => setDialog(null)}
              onDone={(next) => {
                setDialog(null);
                focusDrawerTitle(TITLE_ID);
                onMessage(t('accountRequests.resend.done', { email: next.email ?? '' }));
              }}
            />
          )}
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
    </DrawerShell>
  );
}
