import { Alert, Link } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { hrefFor } from '../../app/router';
import { useT } from '../../i18n';
import { ibanKeys } from './ibanQueries';

/**
 * For a partner's screens (G4): the pending IBAN change, if any, with a link to it; nothing otherwise. Shown only
 * to roles that handle IBAN changes (the query is refused for others, and then shows nothing).
 */
export function PendingIbanNotice({ partnerId }: { partnerId: number }) {
  const t = useT();
  const bank = useQuery({
    queryKey: ibanKeys.partyBank(partnerId),
    queryFn: ({ signal }) => api.call('ibanChanges.partyBank', { query: { party: 'partner', partyId: partnerId } }, { signal }),
    retry: false,
  });
  const id = bank.data?.pendingChangeId ?? null;
  if (id === null) return null;
  return (
    <Alert severity="warning" data-testid="iban-pending-notice">
      <Link href={hrefFor(`/iban?id=${id}`)}>{t('iban.pendingNotice', { id })}</Link>
    </Alert>
  );
}
