import { Alert } from '@mui/material';
import type { ConnectionTest } from '../../../../shared/bridge';
import { useT } from '../../i18n';

/** What a connection test found, or why it could not be done (`error`: the bridge refused the test itself). */
export type TestOutcome = { result: ConnectionTest } | { error: string };

/** The outcome of "Verbinding testen": OK with name, version and demo mode, or what failed, in words. */
export function ConnectionTestResult({ outcome, testId = 'profile-test-result' }: { outcome: TestOutcome; testId?: string }) {
  const t = useT();
  if ('error' in outcome) {
    return (
      <Alert severity="error" role="status" data-testid={testId} data-result="failed">
        {t('profiles.result.failed', { message: outcome.error })}
      </Alert>
    );
  }
  const { result } = outcome;
  if (result.ok) {
    const params = { name: result.name, version: result.version };
    return (
      <Alert severity="success" role="status" data-testid={testId} data-result="ok">
        {t(result.demo ? 'profiles.result.ok.demo' : 'profiles.result.ok', params)}
      </Alert>
    );
  }
  const text =
    result.problem === 'otherOrigin'
      ? t('profiles.result.otherOrigin', { origin: window.location.origin })
      : t(`profiles.result.${result.problem}`);
  const showDetail = result.detail !== undefined && result.problem !== 'otherOrigin';
  return (
    <Alert severity={result.problem === 'otherOrigin' ? 'info' : 'error'} role="status" data-testid={testId} data-result={result.problem}>
      {text}
      {showDetail && ` ${t('profiles.result.detail', { detail: result.detail ?? '' })}`}
    </Alert>
  );
}
