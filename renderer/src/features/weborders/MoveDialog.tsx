import { TextField } from '@mui/material';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import type { WeborderStatus } from '../../../../shared/domain/weborderStatus';
import { transitionNeedsReason } from '../../../../shared/domain/weborderStatus';

export interface MoveDialogProps {
  title: string;
  to: WeborderStatus;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
  testId?: string;
}

/** Asks before a move; rejecting and reporting an error ask for the text they need (required). */
export function MoveDialog({ title, to, busy, error, onConfirm, onClose, testId }: MoveDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const needs = transitionNeedsReason(to);
  const missing = needs && reason.trim() === '';
  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={t(to === 'rejected' ? 'weborders.move.rejected' : to === 'error' ? 'weborders.move.error' : to === 'cjp_approved' ? 'weborders.move.cjp_approved' : to === 'paid' ? 'weborders.move.paid' : 'weborders.move.confirmShort')}
      danger={to === 'rejected'}
      busy={busy}
      error={error}
      onClose={onClose}
      testId={testId}
      onConfirm={() => {
        setTried(true);
        if (!missing) onConfirm(needs ? reason.trim() : undefined);
      }}
    >
      {needs && (
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          required
          label={t(to === 'rejected' ? 'weborders.move.reasonLabel' : 'weborders.move.messageLabel')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={tried && missing}
          helperText={tried && missing ? t('form.required') : ' '}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          onKeyDown={(e) => {
            // Enter confirms (the dialog is a form); Shift+Enter makes a new line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.closest('form')?.requestSubmit();
            }
          }}
        />
      )}
    </ConfirmDialog>
  );
}
