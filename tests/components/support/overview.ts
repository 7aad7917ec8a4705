import type { Account, AccountRequest } from '../../../shared/api/accounts';
import type { CustomerOverview } from '../../../shared/api/customers';

/** A small household as GET /customers/{nr}/overview sends it, with the given account (and request). */
export function overviewFixture(account: Account | null, accountRequest: AccountRequest | null = null, customerNumber = 'HM-000123'): CustomerOverview {
  const address = { street: 'Kievitlaan', houseNumber: 78, addition: '', postcode: '3704 XC', city: 'Zeist' };
  return {
    household: { customerNumber, name: 'F.M.H. Cedee', persons: [], selectableRoles: [] },
    contact: { customerNumber, phone: '030-1234567', email: 'f.cedee@example.nl', pendingEmail: null, correspondenceAddress: address, version: 1 },
    contracts: [],
    finance: { openBalanceCents: 0, openInvoices: [], closedInvoices: [], payments: [], arrangements: [] },
    repairs: { open: [], closed: [] },
    timeline: [],
    documents: [],
    account,
    accountRequest,
    erpAccountStatus: { status: account?.confirmedAt ? 'activated' : account ? 'created_not_activated' : 'not_created', lastSentAt: null },
  };
}

/** An account request as the server sends it: by default the tenant filled in the details and the mail went out. */
export function requestFixture(patch: Partial<AccountRequest> = {}): AccountRequest {
  return {
    id: 3,
    customerNumber: 'HM-000123',
    username: 'f.cedee',
    email: 'f.cedee@example.nl',
    customerNumberEnteredAt: '2026-11-01T09:00:00.000Z',
    identifiedAt: '2026-11-01T09:01:00.000Z',
    detailsFilledAt: '2026-11-01T09:03:00.000Z',
    emailSentAt: '2026-11-01T09:03:00.000Z',
    ...patch,
  };
}
