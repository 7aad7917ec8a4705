import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Stack } from '@mui/material';
import { navigate, useRoute } from '../../../app/router';
import { useT } from '../../../i18n';
import { clearLookAlongSession, formatRemaining } from './lookAlongStore';
import { useLookAlongActions } from './useLookAlongActions';

/** While looking along, this stays visible on every screen (mounted in the app shell). */
export function LookAlongBanner() {
  const t = useT();
  const route = useRoute();
  const { session, active, secondsLeft, staff, start, stop } = useLookAlongActions();
  if (!session || !staff) return null;
  const who = { name: session.customerName, customerNumber: session.customerNumber, staff: session.staffName };
  const onCustomer = route.path === `/customer/${session.customerNumber}`;

  return (
    <Box data-testid="look-along-banner" data-state={active ? 'active' : 'expired'} role="status" aria-live="polite">
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
