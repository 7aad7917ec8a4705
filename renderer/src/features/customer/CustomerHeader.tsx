import ArrowBackRounded from '@mui/icons-material/ArrowBackRounded';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Chip, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import type { CustomerOverview } from '../../../../shared/api/customers';
import { hrefFor } from '../../app/router';
import { useT } from '../../i18n';
import { CustomerAccountActions } from '../accounts/CustomerAccountActions';
import { CustomerGroups } from '../groups/CustomerGroups';
import { accountStatusOf } from './accountStatus';
import { useLookAlongActions } from './lookAlong/useLookAlongActions';
import type { OnBehalfState } from './onBehalf/useOnBehalf';
import { PortalLinkButton } from './PortalLinkButton';
import { addressLine } from './ui/format';

const statusColor = { none: 'default', requested: 'info', unconfirmed: 'warning', active: 'success', auto_blocked: 'error', manually_blocked: 'error' } as const;

/** Name, customer number, address and account status, with "Meekijken" (look along) and the one-time web portal link. */
export function CustomerHeader({ overview, state }: { overview: CustomerOverview; state: OnBehalfState }) {
  const t = useT();
  const { session, start, stop } = useLookAlongActions();
  const { household, contact, contracts } = overview;
  const status = accountStatusOf(overview);
  const dwelling = contracts.find((c) => c.endDate === null) ?? contracts[0];
  const lookAlong = () => start.mutate({ customerNumber: household.customerNumber, customerName: household.name });

  return (
    // Compact at 1280×720: one line for who it is (name, klantnummer, account status and its actions), one for the
    // address and the hint, with Meekijken beside both; alerts only when they apply.
    <Paper variant="outlined" sx={{ px: 2, py: 1 }} data-testid="customer-header">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Tooltip title={t('customer.back')}>
          <IconButton href={hrefFor('/customer')} aria-label={t('customer.back')} size="small" sx={{ ml: -1 }}>
            <ArrowBackRounded />
          </IconButton>
        </Tooltip>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5 }}>
            <Typography variant="h6" component="h1" noWrap title={household.name} sx={{ maxWidth: 320, lineHeight: 1.3 }} data-testid="customer-name">
              {household.name}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {t('customer.header.customerNumber')}: <Box component="strong" sx={{ color: 'text.primary' }} data-testid="customer-number">{household.customerNumber}</Box>
            </Typography>
            <Typography variant="body2" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
              {t('customer.header.account')}: <Chip size="small" variant="outlined" color={statusColor[status]} label={t(`customer.account.${status}`)} data-testid="account-status" />
            </Typography>
            <CustomerAccountActions account={overview.account} request={overview.accountRequest} />
          </Stack>
          <Stack direction="row" sx={{ mt: 0.25, flexWrap: 'wrap', columnGap: 3, color: 'text.secondary' }}>
            <Typography variant="body2">
              {t('customer.header.address')}: <Box component="span" sx={{ color: 'text.primary' }}>{addressLine(dwelling?.address ?? contact.correspondenceAddress)}</Box>
            </Typography>
            <CustomerGroups customerNumber={household.customerNumber} />
            {state === 'none' && <Typography variant="body2">{t('lookAlong.needed')}</Typography>}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
          <PortalLinkButton customerNumber={household.customerNumber} enabled={state === 'active'} />
          {state === 'active' ? (
            <Button variant="outlined" color="inherit" onClick={() => stop.mutate()} disabled={stop.isPending}>
              {t('lookAlong.stop')}
            </Button>
          ) : (
            <Button variant="contained" startIcon={<VisibilityOutlined />} onClick={lookAlong} disabled={start.isPending} data-testid="look-along-start">
              {start.isPending ? t('lookAlong.starting') : state === 'expired' ? t('lookAlong.restart') : t('lookAlong.start')}
            </Button>
          )}
        </Stack>
      </Stack>
      {state === 'other' && session && <Alert severity="info" sx={{ mt: 1 }}>{t('lookAlong.otherCustomer', { name: session.customerName, customerNumber: session.customerNumber })}</Alert>}
      {state === 'expired' && <Alert severity="warning" sx={{ mt: 1 }}>{t('lookAlong.expiredHint')}</Alert>}
      {start.error && <Alert severity="error" sx={{ mt: 1 }}>{t('lookAlong.startFailed', { message: start.error.message })}</Alert>}
    </Paper>
  );
}
