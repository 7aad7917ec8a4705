import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { FormProblem } from '../../../components/form/formProblem';
import { FormProblemAlert } from '../../../components/form/FormProblemAlert';
import { useT } from '../../../i18n';
import { isLookAlongEnded } from './onBehalfErrors';

interface Props {
  title: string;
  intro?: ReactNode;
  busy: boolean;
  problem: FormProblem | null;
  onSubmit: () => void;
  onClose: () => void;
  /** After a 409 (stale version): take the server's version; the typed input stays. */
  onReload: () => void;
  submitLabel?: string;
  danger?: boolean;
  testId: string;
  children?: ReactNode;
}

/** The frame of every change on the customer's behalf: a form (Enter saves, Escape cancels) with the problem in place. */
export function EditDialog({ title, intro, busy, problem, onSubmit, onClose, onReload, submitLabel, danger, testId, children }: Props) {
  const t = useT();
  const alert =
    problem?.kind === 'failed' && isLookAlongEnded(problem.error) ? (
      <Alert severity="warning" role="alert">
        {t('edit.lookAlongEnded')}
      </Alert>
    ) : (
      <FormProblemAlert
        problem={problem}
        onReload={onReload}
        staleTestId="edit-conflict"
        texts={{ stale: t('edit.conflict'), reload: t('edit.reload'), failed: (message) => t('edit.failed', { message }) }}
      />
    );
  return (
    <ConfirmDialog
      open
      title={title}
      text={intro}
      confirmLabel={submitLabel ?? t('edit.save')}
      cancelLabel={t('edit.cancel')}
      busyLabel={t('edit.saving')}
      danger={danger}
      busy={busy}
      alert={alert}
      onConfirm={onSubmit}
      onClose={onClose}
      testId={testId}
    >
      {children}
    </ConfirmDialog>
  );
}
