import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import { Box, Chip } from '@mui/material';
import type { Account } from '../../../../shared/api/accounts';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { DetailRow, DetailSection } from '../../components/DetailRow';
import { blockStatusText } from './blockStatus';

/** An account's details in three blocks: Algemeen, Accountstatus, Inloginformatie. */
export function AccountDetails({ account }: { account: Account }) {
  const t = useT();
  const dates = useDates();
  const when = (iso: string) => dates.dateTime(iso);
  return (
    <Box data-testid="account-details">
      <DetailSection title={t('accounts.details.general')}>
        <DetailRow label={t('accounts.field.username')} testId="detail-username">{account.username}</DetailRow>
        <DetailRow label={t('accounts.field.email')} testId="detail-email">
          {account.email}
          {!account.emailValid && (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              icon={<WarningAmberRounded />}
              label={t('accounts.field.emailInvalid')}
              sx={{ ml: 1 }}
              data-testid="email-invalid"
            />
          )}
        </DetailRow>
        <DetailRow label={t('accounts.field.role')}>{t(account.role === 'admin' ? 'accounts.role.admin' : 'accounts.role.user')}</DetailRow>
        <DetailRow label={t('accounts.field.customerNumber')}>{account.customerNumber ?? '—'}</DetailRow>
      </DetailSection>
      <DetailSection title={t('accounts.details.status')}>
        <DetailRow label={t('accounts.field.confirmedAt')} testId="detail-confirmed">
          {account.confirmedAt ? when(account.confirmedAt) : t('accounts.field.notConfirmed')}
        </DetailRow>
        <DetailRow label={t('accounts.field.blocked')} testId="detail-blocked">
          {blockStatusText(account, t, when)}
        </DetailRow>
        {account.manuallyBlocked && (
          <DetailRow label={t('accounts.field.blockReason')} testId="detail-block-reason">
            {account.blockReason ?? '—'}
          </DetailRow>
        )}
      </DetailSection>
      <DetailSection title={t('accounts.details.login')}>
        <DetailRow label={t('accounts.field.failedLogins')} testId="detail-failed-logins">{account.failedLoginAttempts}</DetailRow>
        <DetailRow label={t('accounts.field.lastLogin')}>{account.lastLoginAt ? when(account.lastLoginAt) : t('accounts.never')}</DetailRow>
      </DetailSection>
    </Box>
  );
}
