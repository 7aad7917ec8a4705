import OpenInNewRounded from '@mui/icons-material/OpenInNewRounded';
import { Button, Stack, Typography } from '@mui/material';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { hrefFor } from '../../../app/router';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { AccountDetails } from '../../accounts/AccountDetails';
import { DetailRow, DetailSection } from '../../../components/DetailRow';
import { Section } from '../ui/Section';
import { ErpStatusSection } from './ErpStatusSection';

/**
 * The customer's portal account (the same details as the Accounts screen), or the request's steps if there is no
 * account yet; and the account status the ERP holds, with when it was last sent.
 */
export function AccountSection({ account, accountRequest, erpAccountStatus }: Pick<CustomerOverview, 'account' | 'accountRequest' | 'erpAccountStatus'>) {
  const t = useT();
  const dates = useDates();
  const when = (v: string | null) => (v ? dates.dateTime(v) : t('account.request.notYet'));
  return (
    <Stack spacing={2}>
      {account ? (
        <Section
          title={t('customer.tab.account')}
          action={
            <Button size="small" href={hrefFor(`/accounts/${account.id}?from=${encodeURIComponent(account.customerNumber ?? '')}`)} endIcon={<OpenInNewRounded fontSize="small" />}>
              {t('account.open')}
            </Button>
          }
        >
          <AccountDetails account={account} />
        </Section>
      ) : (
        <Typography color="text.secondary">{t('account.none')}</Typography>
      )}
      {accountRequest && (
        <Section
          title={t('account.request')}
          action={
            <Button size="small" href={hrefFor(`/account-requests/${accountRequest.id}`)} endIcon={<OpenInNewRounded fontSize="small" />}>
              {t('account.openRequests')}
            </Button>
          }
        >
          <DetailSection title={accountRequest.username ?? accountRequest.customerNumber}>
            <DetailRow label={t('account.request.entered')}>{when(accountRequest.customerNumberEnteredAt)}</DetailRow>
            <DetailRow label={t('account.request.identified')}>{when(accountRequest.identifiedAt)}</DetailRow>
            <DetailRow label={t('account.request.details')}>{when(accountRequest.detailsFilledAt)}</DetailRow>
            <DetailRow label={t('account.request.emailSent')}>{when(accountRequest.emailSentAt)}</DetailRow>
          </DetailSection>
          {/* The resend sits beside the status in the header; say why it is not there yet. */}
          {!account && !accountRequest.detailsFilledAt && (
            <Typography variant="body2" color="text.secondary" data-testid="request-not-ready">
              {t('accounts.actions.requestNotReady')}
            </Typography>
          )}
        </Section>
      )}
      <ErpStatusSection erp={erpAccountStatus} account={account} />
    </Stack>
  );
}
