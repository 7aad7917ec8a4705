import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, type PaperProps } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text?: ReactNode;
  confirmLabel: string;
  /** Red for destructive actions. */
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  /** Shown above the buttons beside the error, e.g. a "reload" after a 409. */
  errorAction?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
  testId?: string;
}

/**
 * Every account action asks first. A form, so Enter confirms from a field; Escape cancels. The confirm
 * button gets focus when there is no field to type in (children then carry their own autoFocus).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const { open, title, text, confirmLabel, danger, busy, error, errorAction, onConfirm, onClose, children, testId } = props;
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
        <Stack spacing={2}>
          {text && <DialogContentText component="div">{text}</DialogContentText>}
          {children}
          {error && (
            <Alert severity="error" role="alert" action={errorAction}>
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('accounts.action.cancel')}
        </Button>
        <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={busy} autoFocus={!children}>
          {busy ? t('accounts.action.busy') : confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
