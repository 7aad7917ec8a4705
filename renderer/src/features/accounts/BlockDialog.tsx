import { Button, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { apiErrorText, fieldErrorsOf, isStaleVersion } from './components/apiErrorText';
import { ConfirmDialog } from './components/ConfirmDialog';

export interface BlockDialogProps {
  account: Account;
  open: boolean;
  onClose: () => void;
  onDone: (account: Account) => void;
  onReload: () => void;
}

/** Blocking an account: a reason is required (checked here before sending) and shown in Accountstatus afterwards. */
export function BlockDialog({ account, open, onClose, onDone, onReload }: BlockDialogProps) {
  const t = useT();
  const [reason, setReason, clearReason] = useDraft(`accounts.block.${account.id}`, '');
  const [localError, setLocalError] = useState<string | null>(null);
  const block = useMutation({
    mutationFn: (body: { reason: string; version: number }) => api.call('accounts.block', { params: { id: account.id }, body }),
    onSuccess: (next) => {
      clearReason();
      onDone(next);
    },
  });
  const serverFieldError = fieldErrorsOf(block.error).reason;
  const confirm = () => {
    if (!reason.trim()) return setLocalError(t('accounts.field.required'));
    setLocalError(null);
    block.mutate({ reason: reason.trim(), version: account.version });
  };
  const stale = isStaleVersion(block.error);
  return (
    <ConfirmDialog
      open={open}
      title={t('accounts.block.title')}
      text={t('accounts.block.text', { username: account.username })}
      confirmLabel={t('accounts.action.block')}
      danger
      busy={block.isPending}
      error={block.error && !serverFieldError ? (stale ? t('accounts.edit.conflict') : apiErrorText(block.error, t)) : null}
      errorAction={
        stale ? (
          <Button color="inherit" size="small" onClick={() => { block.reset(); onReload(); }}>
            {t('accounts.action.reload')}
          </Button>
        ) : undefined
      }
      onConfirm={confirm}
      onClose={() => { block.reset(); setLocalError(null); onClose(); }}
      testId="block-dialog"
    >
      <TextField
        name="reason"
        label={t('accounts.block.reason')}
        value={reason}
        onChange={(e) => { setReason(e.target.value); setLocalError(null); }}
        required
        autoFocus
        multiline
        minRows={2}
        error={!!(localError ?? serverFieldError)}
        helperText={localError ?? serverFieldError ?? t('accounts.block.reason.help')}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        onKeyDown={(e) => {
          // Enter confirms (as in every dialog); Shift+Enter starts a new line.
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            confirm();
          }
        }}
      />
    </ConfirmDialog>
  );
}
