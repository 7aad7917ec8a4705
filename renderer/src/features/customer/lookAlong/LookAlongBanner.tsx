import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Stack } from '@mui/material';
import { useEffect, useRef } from 'react';
import { navigate, useRoute } from '../../../app/router';
import { useT } from '../../../i18n';
import { clearLookAlongSession, formatRemaining } from './lookAlongStore';
import { useLookAlongActions } from './useLookAlongActions';

/** While looking along, this stays visible on every screen (mounted in the app shell). */
export function LookAlongBanner() {
  const t = useT();
  const route = useRoute();
  const { session, active, secondsLeft, staff, start, stop } = useLookAlongActions();
  const box = useRef<HTMLDivElement>(null);
  const sessionId = session?.sessionId;
  const shownSession = useRef(sessionId);
  // A newly started session moves focus here, so keyboard and screen-reader users learn at once that
  // they now act on the tenant's behalf (a session already running at mount keeps focus where it is).
  useEffect(() => {
    if (sessionId === shownSession.current) return;
    shownSession.current = sessionId;
    if (sessionId) box.current?.focus();
  }, [sessionId]);
  if (!session || !staff) return null;
  const who = { name: session.customerName, customerNumber: session.customerNumber, staff: session.staffName };
  const onCustomer = route.path === `/customer/${session.customerNumber}`;

  return (
    <Box ref={box} tabIndex={-1} sx={{ '&:focus': { outline: 'none' }, '&:focus-visible': { outline: '3px solid #123654', outlineOffset: -3 } }} data-testid="look-along-banner" data-state={active ? 'active' : 'expired'} role="status" aria-live="polite">
      <Alert
        severity={active ? 'info' : 'warning'}
        variant="filled"
        icon={<VisibilityOutlined />}
        sx={{ borderRadius: 0, py: 0, alignItems: 'center', '& .MuiAlert-message': { flex: 1 } }}
        action={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {!onCustomer && (
              <Button color="inherit" size="small" onClick={() => navigate(`/customer/${session.customerNumber}`)}>
                {t('lookAlong.open')}
              </Button>
            )}
            {active ? (
              <Button color="inherit" size="small" variant="outlined" onClick={() => stop.mutate()} disabled={stop.isPending} data-testid="look-along-stop">
                {t('lookAlong.stop')}
              </Button>
            ) : (
              <>
                <Button
                  color="inherit"
                  size="small"
                  variant="outlined"
                  disabled={start.isPending}
                  onClick={() => start.mutate({ customerNumber: session.customerNumber, customerName: session.customerName })}
                >
                  {t('lookAlong.restart')}
                </Button>
                <Button color="inherit" size="small" onClick={clearLookAlongSession}>
                  {t('lookAlong.close')}
                </Button>
              </>
            )}
          </Stack>
        }
      >
        {active ? (
          <>
            <strong>{t('lookAlong.banner', who)}</strong>
            <Box component="span" sx={{ ml: 2, fontVariantNumeric: 'tabular-nums', opacity: 0.9 }} data-testid="look-along-remaining">
              {t('lookAlong.remaining', { time: formatRemaining(secondsLeft) })}
            </Box>
          </>
        ) : (
          t('lookAlong.expired', who)
        )}
      </Alert>
    </Box>
  );
}
