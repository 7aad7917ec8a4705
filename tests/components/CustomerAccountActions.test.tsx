import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountRequest } from '../../shared/api/accounts';
import type { StaffRole } from '../../shared/api/staff';
import { CustomerAccountActions } from '../../renderer/src/features/accounts/CustomerAccountActions';
import { CustomerScreen } from '../../renderer/src/features/customer/CustomerScreen';
import { accountFixture } from './support/account';
import { fakeServer } from './support/fakeServer';
import { overviewFixture, requestFixture } from './support/overview';
import { renderUi } from './support/render';
import { signInAs } from './support/session';

// The account actions beside the status on the customer screen: which ones show, what they send, what they say.

async function actionsFor(account: Account | null, request: AccountRequest | null, roles: StaffRole[] = ['kcc-admin'], language: 'nl' | 'en' = 'nl') {
  await signInAs(roles);
  const rendered = await renderUi(<CustomerAccountActions account={account} request={request} />, { language });
  const toolbar = screen.queryByRole('toolbar');
  const labels = toolbar ? within(toolbar).getAllByRole('button').map((b) => b.textContent) : [];
  return { ...rendered, labels };
}

describe('CustomerAccountActions', () => {
  it('offers what the status calls for, the commonest first', async () => {
    const auto = accountFixture({ autoBlocked: true, autoBlockedUntil: '2030-01-01T10:00:00.000Z' });
    expect((await actionsFor(auto, null)).labels).toEqual(['Activeren', 'Blokkeren']);
  });

  it.each([
    ['manually blocked', accountFixture({ manuallyBlocked: true, blockReason: 'x' }), ['De-blokkeren']],
    ['unconfirmed', accountFixture({ confirmedAt: null }), ['Activatiemail opnieuw versturen', 'Blokkeren']],
    ['active', accountFixture(), ['Blokkeren']],
  ])('%s account', async (_name, account, expected) => {
    expect((await actionsFor(account, null)).labels).toEqual(expected);
  });

  it('for a household without an account: the request’s resend once the tenant filled in the details, none before', async () => {
    expect((await actionsFor(null, requestFixture())).labels).toEqual(['Activatiemail opnieuw versturen']);
  });

  it('nothing before the details are filled in, and nothing for staff who may not manage accounts', async () => {
    expect((await actionsFor(null, requestFixture({ detailsFilledAt: null, emailSentAt: null }))).labels).toEqual([]);
    expect((await actionsFor(accountFixture({ autoBlocked: true }), requestFixture(), ['kcc'])).labels).toEqual([]);
  });

  it('speaks English in the English UI', async () => {
    expect((await actionsFor(accountFixture({ confirmedAt: null }), null, ['admin'], 'en')).labels).toEqual(['Resend activation mail', 'Block']);
  });

  it('resends the activation mail of an unconfirmed account after one confirmation, and says where it went', async () => {
    fakeServer.on('POST', '/accounts/7/resend-activation', { status: 202, body: { sentAt: '2026-11-23T10:00:00.000Z' } });
    const { user } = await actionsFor(accountFixture({ confirmedAt: null }), null);
    await user.click(screen.getByRole('button', { name: 'Activatiemail opnieuw versturen' }));
    const dialog = await screen.findByTestId('resend-dialog');
    expect(dialog.textContent).toContain('j.jansen@voorbeeld.nl');
    // The confirm button has the focus: Enter sends.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fakeServer.requests('POST', '/accounts/7/resend-activation')).toHaveLength(1));
    expect(await screen.findByText('De activatiemail naar j.jansen@voorbeeld.nl staat in de outbox.')).toBeTruthy();
  });

  it('warns when the address looks invalid', async () => {
    const { user } = await actionsFor(accountFixture({ confirmedAt: null, emailValid: false }), null);
    await user.click(screen.getByRole('button', { name: 'Activatiemail opnieuw versturen' }));
    expect(await screen.findByTestId('resend-email-invalid')).toBeTruthy();
  });

  it('resends the request’s mail for a household without an account', async () => {
    fakeServer.on('POST', '/account-requests/3/resend-activation', { status: 200, body: requestFixture({ emailSentAt: '2026-11-23T10:00:00.000Z' }) });
    const { user } = await actionsFor(null, requestFixture());
    await user.click(screen.getByRole('button', { name: 'Activatiemail opnieuw versturen' }));
    await user.click(within(await screen.findByTestId('resend-dialog')).getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(fakeServer.requests('POST', '/account-requests/3/resend-activation')).toHaveLength(1));
    expect(fakeServer.requests('POST', '/account-requests/3/resend-activation')[0]?.body).toEqual({});
    expect(await screen.findByText('De activatie-e-mail naar f.cedee@example.nl staat in de outbox.')).toBeTruthy();
  });

  it('on the customer screen: Activeren in two actions, then the keyboard stays in the toolbar', async () => {
    let account = accountFixture({ autoBlocked: true, autoBlockedUntil: '2030-01-01T10:00:00.000Z', failedLoginAttempts: 5 });
    fakeServer.on('GET', '/customers/HM-000123/overview', () => ({ status: 200, body: overviewFixture(account) }));
    fakeServer.on('POST', '/accounts/7/activate', () => {
      account = { ...account, autoBlocked: false, autoBlockedUntil: null, failedLoginAttempts: 0, version: account.version + 1 };
      return { status: 200, body: account };
    });
    await signInAs(['kcc-admin']);
    const { user } = await renderUi(<CustomerScreen value="HM-000123" />);
    const toolbar = await screen.findByRole('toolbar', { name: 'Accountacties' });
    await user.click(within(toolbar).getByRole('button', { name: 'Activeren' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('account-status').textContent).toBe('Actief'));
    expect(within(toolbar).queryByRole('button', { name: 'Activeren' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Blokkeren'));
  });
});
