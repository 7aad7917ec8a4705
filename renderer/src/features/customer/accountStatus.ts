import type { AccountStatusSummary, CustomerOverview } from '../../../../shared/api/customers';

/** The portal account in one word, as the lookup rows show it (same labels). */
export function accountStatusOf(o: Pick<CustomerOverview, 'account' | 'accountRequest'>): AccountStatusSummary {
  const a = o.account;
  if (!a) return o.accountRequest ? 'requested' : 'none';
  if (a.manuallyBlocked) return 'manually_blocked';
  if (a.autoBlocked) return 'auto_blocked';
  return a.confirmedAt ? 'active' : 'unconfirmed';
}
