import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
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
  const confirmRef = useRef<HTMLButtonElement>(null);
  useSettledFocus(open, confirmRef, children !== undefined && children !== null && children !== false);
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={testId ? `${testId}-title` : undefined}
      data-testid={testId}
    >
      {/* The form inside the dialog (not the dialog as a form): Enter submits from a field, and the dialog keeps its role. */}
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'contents' }}>
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
          <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={busy} autoFocus={!children} ref={confirmRef}>
            {busy ? (busyLabel ?? t('common.busy')) : confirmLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/**
 * Over a drawer, the drawer's focus trap can take the autofocus back while this dialog opens, leaving focus on
 * the dialog itself: for its first second, focus that lands outside a control of the dialog goes where autofocus
 * meant it (the first field, or the confirm button), so Enter confirms and typing lands in the field.
 */
function useSettledFocus(open: boolean, confirmRef: RefObject<HTMLButtonElement | null>, hasFields: boolean): void {
  useEffect(() => {
    if (!open) return;
    const until = performance.now() + 1000;
    let frame = requestAnimationFrame(function settle() {
      const paper = confirmRef.current?.closest<HTMLElement>('[role="dialog"]');
      const active = document.activeElement;
      const inControl = paper && active instanceof HTMLElement && active !== paper && paper.contains(active);
      if (paper && !inControl) {
        const field = paper.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])');
        (hasFields && field ? field : confirmRef.current)?.focus();
      }
      if (performance.now() < until) frame = requestAnimationFrame(settle);
    });
    return () => cancelAnimationFrame(frame);
  }, [open, confirmRef, hasFields]);
}
