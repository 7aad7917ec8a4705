import { TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccountRequest } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { apiErrorText, fieldErrorsOf } from '../accounts/components/apiErrorText';
import { ConfirmDialog } from '../accounts/components/ConfirmDialog';

export interface ResendDialogProps {
  request: AccountRequest;
  open: boolean;
  onClose: () => void;
  onDone: (request: AccountRequest) => void;
}

/** Sends the activation mail again; asks for the e-mail address when none is known. */
export function ResendDialog({ request, open, onClose, onDone }: ResendDialogProps) {
  const t = useT();
  const needsEmail = !request.email;
  const [email, setEmail, clearEmail] = useDraft(`accountRequests.resend.${request.id}`, '');
  const [localError, setLocalError] = useState<string | null>(null);
  const resend = useMutation({
    mutationFn: () => api.call('accountRequests.resendActivation', { params: { id: request.id }, body: needsEmail ? { email: email.trim() } : {} }),
    onSuccess: (next) => {
      clearEmail();
      onDone(next);
    },
  });
  const fieldError = fieldErrorsOf(resend.error).email;
  const confirm = () => {
    if (needsEmail && !email.trim()) return setLocalError(t('accounts.field.required'));
    setLocalError(null);
    resend.mutate();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('accountRequests.resend.title')}
      text={needsEmail ? t('accountRequests.resend.askEmail') : t('accountRequests.resend.to', { email: request.email ?? '' })}
      confirmLabel={t('accountRequests.resend.send')}
      busy={resend.isPending}
      error={resend.error && !fieldError ? apiErrorText(resend.error, t) : null}
      onConfirm={confirm}
      onClose={() => { resend.reset(); setLocalError(null); onClose(); }}
      testId="resend-dialog"
    >
      {needsEmail && (
        <TextField
          name="email"
          type="email"
          label={t('accountRequests.resend.email')}
          value={email}
          onChange={(e) => { setEmail(e.target.value); setLocalError(null); }}
          required
          autoFocus
          error={!!(localError ?? fieldError)}
          helperText={localError ?? fieldError}
        />
      )}
    </ConfirmDialog>
  );
}
