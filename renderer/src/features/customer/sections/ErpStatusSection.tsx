import { Alert } from '@mui/material';
import type { Account } from '../../../../../shared/api/accounts';
import type { ErpAccountState, ErpAccountStatus } from '../../../../../shared/api/customers';
import { useT } from '../../../i18n';
import { useDates } from '../../../i18n/dates';
import { DetailRow } from '../../../components/DetailRow';
import { Section } from '../ui/Section';

/** The status the portal account implies, to tell when the ERP holds an older one. */
function portalStatus(account: Account | null): ErpAccountStatus {
  if (!account) return 'not_created';
  return account.confirmedAt ? 'activated' : 'created_not_activated';
}

/** "Klantportaal-accountstatus" as the ERP holds it for this household, and when the portal last sent it. */
export function ErpStatusSection({ erp, account }: { erp: ErpAccountState; account: Account | null }) {
  const t = useT();
  const dates = useDates();
  const behind = erp.status !== portalStatus(account);
  return (
    <Section title={t('account.erp.title')}>
      <dl style={{ margin: 0 }}>
        <DetailRow label={t('account.erp.status')} testId="erp-status">
          {t(`account.erp.status.${erp.status}`)}
        </DetailRow>
        <DetailRow label={t('account.erp.lastSent')} testId="erp-last-sent">
          {erp.lastSentAt ? dates.dateTime(erp.lastSentAt) : t('account.erp.neverSent')}
        </DetailRow>
      </dl>
      {behind && (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="erp-behind">
          {t('account.erp.behind', { portal: t(`account.erp.status.${portalStatus(account)}`) })}
        </Alert>
      )}
    </Section>
  );
}
