import OpenInNewRounded from '@mui/icons-material/OpenInNewRounded';
import { Button, Stack, Typography } from '@mui/material';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { hrefFor } from '../../../app/router';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { AccountDetails } from '../../accounts/AccountDetails';
import { DetailRow, DetailSection } from '../../../components/DetailRow';
import { Section } from '../ui/Section';

/** The customer's portal account (the same details as the Accounts screen), or the request's steps if there is no account yet. */
export function AccountSection({ account, accountRequest }: Pick<CustomerOverview, 'account' | 'accountRequest'>) {
  const t = useT();
  const dates = useDates();
  const when = (v: string | null) => (v ? dates.dateTime(v, 'long') : t('account.request.notYet'));
  return (
    <Stack spacing={2}>
      {account ? (
        <Section
          title={t('customer.tab.account')}
          action={
            <Button size="small" href={hrefFor(`/accounts/${account.id}`)} endIcon={<OpenInNewRounded fontSize="small" />}>
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
        </Section>
      )}
    </Stack>
  );
}
