import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/api/accounts';
import { navigate, useRoute } from '../../renderer/src/app/router';
import { AccountDrawer } from '../../renderer/src/features/accounts/AccountDrawer';
import { useAccountList } from '../../renderer/src/features/accounts/accountQueries';
import { CustomerScreen } from '../../renderer/src/features/customer/CustomerScreen';
import { useCustomerSearch } from '../../renderer/src/features/customer/customerQueries';
import { accountFixture } from './support/account';
import { fakeServer, type Answer } from './support/fakeServer';
import { overviewFixture } from './support/overview';
import { renderUi } from './support/render';
import { signInAs } from './support/session';

/*
 * One source of truth for the account status: a change made in one place (the Accounts drawer, the customer
 * screen's header) shows everywhere else the account is on screen or cached — the customer header, the Accounts
 * list and drawer, the customer lookup rows — with a real QueryClient; only HTTP is faked. Answers can be held
 * back, to see what a screen shows from its cache before its refetch returns.
 */

const CN = 'HM-000123';
let current: Account;
const held = { overview: false, list: false, detail: false };
const waiting: (() => void)[] = [];

function answer(which: keyof typeof held, body: () => unknown): () => Answer | Promise<Answer> {
  return () => {
    if (!held[which]) return { status: 200, body: body() };
    return new Promise<Answer>((resolve) => waiting.push(() => resolve({ status: 200, body: body() })));
  };
}
function release(): void {
  held.overview = held.list = held.detail = false;
  waiting.splice(0).forEach((go) => go());
}

function fakePortal(): void {
  fakeServer.on('GET', `/customers/${CN}/overview`, answer('overview', () => overviewFixture(current)));
  fakeServer.on('GET', '/accounts', answer('list', () => ({ items: [{ ...current, name: 'F.M.H. Cedee', addressLine: 'Kievitlaan 78' }], total: 1, page: 1, pageSize: 25, totalCapped: false })));
  fakeServer.on('GET', '/accounts/7', answer('detail', () => current));
  fakeServer.on('GET', '/customers', () => ({
    status: 200,
    body: { items: [{ customerNumber: CN, name: 'F.M.H. Cedee', addressLine: 'Kievitlaan 78', postcode: '3704 XC', city: 'Zeist', email: '', accountStatus: statusWord(current) }], total: 1, totalCapped: false },
  }));
  const change = (patch: Partial<Account>) => () => {
    current = { ...current, ...patch, version: current.version + 1 };
    return { status: 200, body: current };
  };
  fakeServer.on('POST', '/accounts/7/activate', change({ autoBlocked: false, autoBlockedUntil: null, failedLoginAttempts: 0 }));
  fakeServer.on('POST', '/accounts/7/block', (r) => change({ manuallyBlocked: true, blockReason: (r.body as { reason: string }).reason })());
}

function statusWord(a: Account) {
  if (a.manuallyBlocked) return 'manually_blocked';
  if (a.autoBlocked) return 'auto_blocked';
  return a.confirmedAt ? 'active' : 'unconfirmed';
}

/** The Accounts list and the Ctrl+K/Klanten lookup rows, through the screens' own query hooks. */
function ListProbe() {
  const list = useAccountList({ q: '', status: null, page: 0, pageSize: 25, sort: null, order: 'asc' });
  const a = list.data?.items[0];
  return (
    <span data-testid="list-status" data-name={a?.name ?? ''}>
      {a ? statusWord(a) : ''}
    </span>
  );
}
function SearchProbe() {
  const search = useCustomerSearch(CN, 10);
  return <span data-testid="search-status">{search.data?.items[0]?.accountStatus ?? ''}</span>;
}

/** The screens as the app switches them by route: the Accounts drawer or the customer screen. */
function Desk() {
  const route = useRoute();
  return (
    <>
      <ListProbe />
      <SearchProbe />
      {route.segments[0] === 'accounts' && <AccountDrawer id={7} canAct onClose={() => navigate('/accounts')} />}
      {route.segments[0] === 'customer' && route.segments[1] && <CustomerScreen value={route.segments[1]} />}
    </>
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent;

beforeEach(async () => {
  fakePortal();
  await signInAs(['kcc-admin']);
});
afterEach(() => {
  release();
  window.location.hash = '#/';
});

describe('an account change shows on every screen that shows the account', () => {
  it('Activeren in the Accounts drawer: the customer opened next shows Actief before its refetch returns; list and lookup follow', async () => {
    current = accountFixture({ autoBlocked: true, autoBlockedUntil: '2030-01-01T10:15:00.000Z', failedLoginAttempts: 5 });
    window.location.hash = `#/customer/${CN}`;
    const { user } = await renderUi(<Desk />);
    await waitFor(() => expect(text('account-status')).toBe('Automatisch geblokkeerd'));
    await waitFor(() => expect(text('list-status')).toBe('auto_blocked'));
    await waitFor(() => expect(text('search-status')).toBe('auto_blocked'));

    navigate('/accounts/7');
    const drawer = await screen.findByTestId('account-drawer');
    await user.click(await within(drawer).findByRole('button', { name: 'Activeren' }));
    held.list = true;
    held.overview = true;
    await user.click(within(await screen.findByTestId('activate-dialog')).getByRole('button', { name: 'Activeren' }));

    // The list shows the server's answer at once, while its refetch is still under way, and keeps the row's name.
    await waitFor(() => expect(text('list-status')).toBe('active'));
    expect(screen.getByTestId('list-status').getAttribute('data-name')).toBe('F.M.H. Cedee');
    await waitFor(() => expect(text('search-status')).toBe('active'));
    // Back to the customer (as from Ctrl+K's recent customers): no stale "Automatisch geblokkeerd", not even briefly.
    navigate(`/customer/${CN}`);
    await screen.findByTestId('customer-screen');
    expect(text('account-status')).toBe('Actief');
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    release();
    await waitFor(() => expect(fakeServer.requests('GET', `/customers/${CN}/overview`).length).toBeGreaterThanOrEqual(2));
    expect(text('account-status')).toBe('Actief');
  });

  it('Blokkeren on the customer screen: the header, the list, the lookup rows and the drawer show it blocked', async () => {
    current = accountFixture();
    window.location.hash = `#/customer/${CN}`;
    const { user } = await renderUi(<Desk />);
    await waitFor(() => expect(text('account-status')).toBe('Actief'));
    await waitFor(() => expect(text('list-status')).toBe('active'));

    const actions = screen.getByRole('toolbar', { name: 'Accountacties' });
    await user.click(within(actions).getByRole('button', { name: 'Blokkeren' }));
    held.list = true;
    held.detail = true;
    await user.type(await screen.findByRole('textbox', { name: /Reden van blokkeren/ }), 'Misbruik gemeld{Enter}');

    await waitFor(() => expect(text('account-status')).toBe('Handmatig geblokkeerd'));
    expect(text('list-status')).toBe('manually_blocked');
    await waitFor(() => expect(text('search-status')).toBe('manually_blocked'));
    // The next action is De-blokkeren, in the same place.
    expect(within(actions).getByRole('button', { name: 'De-blokkeren' })).toBeTruthy();

    navigate('/accounts/7');
    const drawer = await screen.findByTestId('account-drawer');
    expect(within(drawer).getByTestId('detail-blocked').textContent).toBe('Handmatig');
    expect(within(drawer).getByTestId('detail-block-reason').textContent).toBe('Misbruik gemeld');
  });
});
