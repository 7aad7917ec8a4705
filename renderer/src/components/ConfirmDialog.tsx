import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, type PaperProps } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text?: ReactNode;
  confirmLabel: string;
  /** Red for destructive actions. */
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  /** In place of `error`: the alerts of a form (FormProblemAlert). */
  alert?: ReactNode;
  cancelLabel?: string;
  busyLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
  testId?: string;
}

/**
 * An action that asks first, or a small form: a form element, so Enter confirms from a field; Escape cancels.
 * The confirm button gets focus when there is no field to type in (children then carry their own autoFocus).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const { open, title, text, confirmLabel, danger, busy, error, alert, cancelLabel, busyLabel, onConfirm, onClose, children, testId } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onConfirm();
  };
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={testId ? `${testId}-title` : undefined}
      data-testid={testId}
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as PaperProps }}
    >
      <DialogTitle id={testId ? `${testId}-title` : undefined}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          {text && <DialogContentText component="div">{text}</DialogContentText>}
          {children}
          {alert}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={busy} autoFocus={!children}>
          {busy ? (busyLabel ?? t('common.busy')) : confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
