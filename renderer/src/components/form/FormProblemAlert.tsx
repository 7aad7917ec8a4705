import { Alert, Button } from '@mui/material';
import { useT } from '../../i18n';
import type { FormProblem } from './formProblem';

/** A form's own words for its problems; what is left out falls back to the general texts. */
export interface FormProblemTexts {
  stale?: string;
  reload?: string;
  gone?: string;
  invalid?: string;
  network?: string;
  unavailable?: string;
  failed?: (message: string, error: unknown) => string;
}

export interface FormProblemAlertProps {
  problem: FormProblem | null;
  /** Some field has a message: say so once above the buttons. */
  invalid?: boolean;
  onReload?: () => void;
  texts?: FormProblemTexts;
  /** data-testid of the stale-version alert (the E2E specs find it by that). */
  staleTestId?: string;
}

/** The alert under a form for what went wrong besides the fields; a stale version offers "reload", the input stays. */
export function FormProblemAlert({ problem, invalid, onReload, texts = {}, staleTestId }: FormProblemAlertProps) {
  const t = useT();
  if (problem?.kind === 'stale') {
    return (
      <Alert
        severity="warning"
        role="alert"
        data-testid={staleTestId}
        action={
          onReload && (
            <Button color="inherit" size="small" onClick={onReload} sx={{ whiteSpace: 'nowrap' }}>
              {texts.reload ?? t('form.reload')}
            </Button>
          )
        }
      >
        {texts.stale ?? t('form.stale')}
      </Alert>
    );
  }
  if (problem?.kind === 'gone') return <Alert severity="error" role="alert">{texts.gone ?? t('form.gone')}</Alert>;
  if (problem?.kind === 'network') return <Alert severity="warning" role="alert">{texts.network ?? t('form.network')}</Alert>;
  if (problem?.kind === 'unavailable') return <Alert severity="warning" role="alert">{texts.unavailable ?? t('form.unavailable')}</Alert>;
  if (problem?.kind === 'failed') {
    return (
      <Alert severity="error" role="alert">
        {texts.failed ? texts.failed(problem.message, problem.error) : t('common.failed', { message: problem.message })}
      </Alert>
    );
  }
  if (invalid) return <Alert severity="error" role="alert">{texts.invalid ?? t('form.invalid')}</Alert>;
  return null;
}
