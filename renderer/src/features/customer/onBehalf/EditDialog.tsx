import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, type PaperProps } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../i18n';
import { classifyOnBehalfError } from './onBehalfErrors';

interface Props {
  title: string;
  intro?: ReactNode;
  busy: boolean;
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  /** After a 409 (stale version): reload the server's version; the typed input stays. */
  onReload: () => void;
  submitLabel?: string;
  danger?: boolean;
  testId: string;
  children?: ReactNode;
}

/** The frame of every change on the customer's behalf: a form (Enter saves, Escape cancels) with the error in place. */
export function EditDialog({ title, intro, busy, error, onSubmit, onClose, onReload, submitLabel, danger, testId, children }: Props) {
  const t = useT();
  const problem = error ? classifyOnBehalfError(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as PaperProps }}
    >
      <DialogTitle id={`${testId}-title`}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          {intro && <DialogContentText component="div">{intro}</DialogContentText>}
          {children}
          {problem?.kind === 'lookAlong' && (
            <Alert severity="warning" role="alert">
              {t('edit.lookAlongEnded')}
            </Alert>
          )}
          {problem?.kind === 'conflict' && (
            <Alert
              severity="warning"
              role="alert"
              data-testid="edit-conflict"
              action={
                <Button color="inherit" size="small" onClick={onReload}>
                  {t('edit.reload')}
                </Button>
              }
            >
              {t('edit.conflict')}
            </Alert>
          )}
          {(problem?.kind === 'other' || (problem?.kind === 'validation' && Object.keys(problem.fields).length === 0)) && (
            <Alert severity="error" role="alert">
              {t('edit.failed', { message: problem.message })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('edit.cancel')}
        </Button>
        <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={busy} autoFocus={!children}>
          {busy ? t('edit.saving') : (submitLabel ?? t('edit.save'))}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
