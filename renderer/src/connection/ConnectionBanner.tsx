import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { Alert, AlertTitle, Button, CircularProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { retryNow, useConnection } from './connectionStore';

/** Shown while the portal server does not answer; disappears by itself when it is back. */
export function ConnectionBanner() {
  const t = useT();
  const { online, nextRetryAt, checking } = useConnection();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (online) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [online]);

  if (online) return null;
  const seconds = nextRetryAt ? Math.max(0, Math.ceil((nextRetryAt - now) / 1000)) : 0;
  return (
    <Alert
      severity="error"
      variant="filled"
      icon={<CloudOffOutlined />}
      role="alert"
      data-testid="connection-banner"
      sx={{ borderRadius: 0, alignItems: 'center' }}
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={retryNow} disabled={checking}>
          {t('connection.retryNow')}
        </Button>
      }
    >
      <AlertTitle sx={{ mb: 0 }}>{t('connection.lost')}</AlertTitle>
      {checking ? (
        <>
          <CircularProgress size={12} color="inherit" sx={{ mr: 1 }} />
          {t('connection.retrying')}
        </>
      ) : (
        t('connection.retryIn', { seconds })
      )}{' '}
      {t('connection.kept')}
    </Alert>
  );
}
