import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { Alert, AlertTitle, Button, CircularProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { retryNow, useConnection } from './connectionStore';

/**
 * The seconds until the next try. Mounted afresh for every try (keyed by it), so its clock starts at that moment:
 * a clock kept from before going offline would show the wait too long until its first tick.
 */
function RetryCountdown({ at }: { at: number }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return <>{t('connection.retryIn', { seconds: Math.max(0, Math.ceil((at - now) / 1000)) })}</>;
}

/** Shown while the portal server (or its database) does not answer; disappears by itself when it is back. */
export function ConnectionBanner() {
  const t = useT();
  const { online, databaseAway, nextRetryAt, checking } = useConnection();
  if (online) return null;
  return (
    <Alert
      severity="error"
      variant="filled"
      icon={<CloudOffOutlined />}
      role="alert"
      data-testid="connection-banner"
      data-reason={databaseAway ? 'database' : 'server'}
      sx={{ borderRadius: 0, alignItems: 'center' }}
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={retryNow} disabled={checking}>
          {t('connection.retryNow')}
        </Button>
      }
    >
      <AlertTitle sx={{ mb: 0 }}>{t(databaseAway ? 'connection.databaseAway' : 'connection.lost')}</AlertTitle>
      {checking ? (
        <>
          <CircularProgress size={12} color="inherit" sx={{ mr: 1 }} />
          {t('connection.retrying')}
        </>
      ) : (
        <RetryCountdown key={nextRetryAt ?? 0} at={nextRetryAt ?? 0} />
      )}{' '}
      {t('connection.kept')}
    </Alert>
  );
}
