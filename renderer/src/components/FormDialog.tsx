import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, type Breakpoint, type SxProps, type Theme } from '@mui/material';
import { useId, type BaseSyntheticEvent, type ReactNode } from 'react';
import type { FormProblem } from './form/formProblem';
import { FormProblemAlert, type FormProblemTexts } from './form/FormProblemAlert';

/** What the dialog needs of a form made with useServerForm (pass its result as it is). */
export interface FormDialogForm {
  submit: (event?: BaseSyntheticEvent) => Promise<unknown>;
  busy: boolean;
  problem: FormProblem | null;
  invalid: boolean;
  /** "Opnieuw laden" after a 409; without it the stale alert has no button. */
  reload?: () => Promise<void>;
  /** Cancel forgets the draft, so a new start begins from the server's data. */
  discardDraft?: () => void;
}

/** The form's own words: its buttons, and its problems (what is left out falls back to the general texts). */
export interface FormDialogTexts extends FormProblemTexts {
  cancel: string;
  save: string;
  saving: string;
}

export interface FormDialogProps {
  /** data-testid of the dialog (the E2E specs find it by that). */
  testId: string;
  title: ReactNode;
  form: FormDialogForm;
  texts: FormDialogTexts;
  onClose: () => void;
  maxWidth?: Breakpoint;
  /** Space between the fields (MUI spacing units). */
  spacing?: number;
  /** data-testid of the stale-version alert. */
  staleTestId?: string;
  /** Saving makes no sense now; by default after a stale version or a deleted record, until reloaded. */
  blocked?: boolean;
  /** Buttons before Annuleren (pushed to the left with `sx={{ mr: 'auto' }}`). */
  startActions?: ReactNode;
  /** Replaces Annuleren/Opslaan (e.g. a confirmation step of its own). */
  actions?: ReactNode;
  actionsSx?: SxProps<Theme>;
  children: ReactNode;
}

/**
 * The shell every edit dialog shares: a form (Enter submits, the browser's checks off: the form checks itself),
 * the title as the dialog's name, the problem alert above the fields, Annuleren/Opslaan. While saving, Esc and a
 * click beside the dialog do nothing and both buttons are disabled; Annuleren forgets the draft.
 */
export function FormDialog({
  testId,
  title,
  form,
  texts,
  onClose,
  maxWidth = 'sm',
  spacing = 2,
  staleTestId,
  blocked,
  startActions,
  actions,
  actionsSx,
  children,
}: FormDialogProps) {
  const titleId = useId();
  const { busy, problem } = form;
  const cancel = () => {
    form.discardDraft?.();
    onClose();
  };
  const reload = form.reload;
  const saveBlocked = blocked ?? (problem?.kind === 'stale' || problem?.kind === 'gone');
  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth={maxWidth} aria-labelledby={titleId} data-testid={testId}>
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={spacing} sx={{ pt: 1 }}>
            <FormProblemAlert problem={problem} invalid={form.invalid} onReload={reload && (() => void reload())} staleTestId={staleTestId} texts={texts} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={actionsSx}>
          {startActions}
          {actions ?? (
            <>
              <Button onClick={cancel} disabled={busy}>
                {texts.cancel}
              </Button>
              <Button type="submit" variant="contained" disabled={busy || saveBlocked}>
                {busy ? texts.saving : texts.save}
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
