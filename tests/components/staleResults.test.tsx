import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, AccountRequest } from '../../shared/api/accounts';
import type { CustomerSearchRow } from '../../shared/api/customers';
import { QuickLookupDialog } from '../../renderer/src/app/quickLookup/QuickLookupDialog';
import AccountRequestsScreen from '../../renderer/src/features/account-requests';
import AccountsScreen from '../../renderer/src/features/accounts';
import { CustomerSearchScreen } from '../../renderer/src/features/customer/search/CustomerSearchScreen';
import { accountFixture } from './support/account';
import { fakeServer, type Answer } from './support/fakeServer';
import { renderUi } from './support/render';

/**
 * A search endpoint whose answers arrive only when the test says so: late, and in any order. Requests are
 * kept per term (the `q` the screen sent).
 */
function lateAnswers(path: string) {
  const waiting = new Map<string, ((answer: Answer) => void)[]>();
  fakeServer.on('GET', path, (request) => {
    const q = typeof request.query.q === 'string' ? request.query.q : '';
    return new Promise<Answer>((resolve) => waiting.set(q, [...(waiting.get(q) ?? []), resolve]));
  });
  return {
    /** Waits until the screen asked for `q`. */
    asked: (q: string) => waitFor(() => expect([...waiting.keys()]).toContain(q)),
    terms: () => [...waiting.keys()],
    /** Delivers the answer to every request for `q` made so far. */
    answer(q: string, body: unknown): void {
      const resolvers = waiting.get(q) ?? [];
      waiting.delete(q);
      for (const resolve of resolvers) resolve({ status: 200, body });
    },
  };
}

const customer = (customerNumber: string): CustomerSearchRow => ({
  customerNumber,
  name: `J. Jansen ${customerNumber}`,
  addressLine: 'Kerkstraat 1',
  postcode: '1234 AB',
  city: 'Utrecht',
  email: '',
  accountStatus: 'active',
});
const customers = (...numbers: string[]) => ({ items: numbers.map(customer), total: numbers.length, totalCapped: false });
const accounts = (...items: Account[]) => ({
  items: items.map((a) => ({ ...a, name: 'J. Jansen', addressLine: 'Kerkstraat 1, 1234 AB Utrecht' })),
  total: items.length,
  page: 1,
  pageSize: 25,
  totalCapped: false,
});
const request = (id: number, customerNumber: string): AccountRequest => ({
  id, customerNumber, username: null, email: null,
  customerNumberEnteredAt: '2026-11-01T10:00:00.000Z', identifiedAt: null, detailsFilledAt: null, emailSentAt: null,
});
const requests = (...items: AccountRequest[]) => ({ items, total: items.length, page: 1, pageSize: 25 });

/** Lets timers, answers and effects run for a while: long enough for any debounce to have fired. */
const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  window.location.hash = '#/';
});

describe('Ctrl+K quick lookup with late, out-of-order answers', () => {
  async function typedPastAList() {
    const search = lateAnswers('/customers');
    const onClose = vi.fn();
    const { user } = await renderUi(<QuickLookupDialog onClose={onClose} />);
    const input = screen.getByRole('combobox');
    // A list for a shorter term is on screen…
    await user.type(input, 'HM-00012');
    await search.asked('HM-00012');
    search.answer('HM-00012', customers('HM-000120', 'HM-000121', 'HM-000122'));
    expect(await screen.findByRole('option', { name: /HM-000121/ })).toBeTruthy();
    // …then the caller's last digit, ArrowDown and Enter, all before the new answer.
    await user.type(input, '3');
    await user.keyboard('{ArrowDown}{Enter}');
    return { search, onClose, user, input };
  }

  it('waits with ArrowDown + Enter for the typed term and opens its result, not the old list’s row', async () => {
    const { search, onClose } = await typedPastAList();
    expect(onClose).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/');
    // The old rows stay in view, dimmed, but are no options any more; the dialog says it is searching.
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByTestId('quick-stale').textContent).toContain('HM-000121');
    expect(screen.getByTestId('quick-searching').getAttribute('data-searching')).toBe('true');
    expect(screen.getByRole('listbox').getAttribute('aria-busy')).toBe('true');

    await search.asked('HM-000123');
    await settle();
    expect(window.location.hash).toBe('#/');
    search.answer('HM-000123', customers('HM-000123'));
    await waitFor(() => expect(window.location.hash).toBe('#/customer/HM-000123'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('ignores an old answer that arrives after the new one', async () => {
    const { search, onClose } = await typedPastAList();
    // Another term typed meanwhile was asked for too; its answer comes last.
    await search.asked('HM-000123');
    search.answer('HM-000123', customers('HM-000123'));
    await waitFor(() => expect(window.location.hash).toBe('#/customer/HM-000123'));
    search.answer('HM-00012', customers('HM-000120'));
    await settle(50);
    expect(window.location.hash).toBe('#/customer/HM-000123');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('replays arrows pressed while stale on the fresh list', async () => {
    const search = lateAnswers('/customers');
    const { user } = await renderUi(<QuickLookupDialog onClose={() => undefined} />);
    const input = screen.getByRole('combobox');
    await user.type(input, 'Kerk');
    await search.asked('Kerk');
    search.answer('Kerk', customers('HM-000001', 'HM-000002'));
    await screen.findByRole('option', { name: /HM-000002/ });
    await user.type(input, 'straat');
    // Down, down, up from the first row: the second row of the *fresh* list.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{Enter}');
    await search.asked('Kerkstraat');
    expect(window.location.hash).toBe('#/');
    search.answer('Kerkstraat', customers('HM-000007', 'HM-000008', 'HM-000009'));
    await waitFor(() => expect(window.location.hash).toBe('#/customer/HM-000008'));
  });

  it('compares after the same normalisation: a trailing space keeps the results of the term', async () => {
    const search = lateAnswers('/customers');
    const { user } = await renderUi(<QuickLookupDialog onClose={() => undefined} />);
    const input = screen.getByRole('combobox');
    await user.type(input, 'HM-000042');
    await search.asked('HM-000042');
    search.answer('HM-000042', customers('HM-000042'));
    await screen.findByRole('option', { name: /HM-000042/ });
    await user.type(input, ' ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/customer/HM-000042'));
    expect(search.terms()).not.toContain('HM-000042 ');
  });
});

describe('Accounts screen with late, out-of-order answers', () => {
  it('ArrowDown + Enter typed before the rows of the term arrive open the typed term’s account', async () => {
    const list = lateAnswers('/accounts');
    fakeServer.on('GET', '/accounts/123', { status: 200, body: accountFixture({ id: 123, customerNumber: 'HM-000123' }) });
    const { user } = await renderUi(<AccountsScreen />);
    await list.asked('');
    list.answer('', accounts(accountFixture({ id: 1, customerNumber: 'HM-000001' }), accountFixture({ id: 2, customerNumber: 'HM-000002' })));
    await waitFor(() => expect(screen.getByTestId('accounts-total').textContent).toMatch(/2/));
    const field = screen.getByRole('searchbox', { name: /Zoeken|Account zoeken|Zoek/ });
    await user.type(field, 'HM-000123');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.hash).toBe('#/');
    expect(screen.getByTestId('accounts-searching').getAttribute('data-searching')).toBe('true');

    await list.asked('HM-000123');
    // Answers for terms typed on the way arrive late, after the keys, each with other accounts first.
    for (const q of list.terms().filter((t) => t !== 'HM-000123')) list.answer(q, accounts(accountFixture({ id: 9, customerNumber: 'HM-000009' })));
    await settle(100);
    expect(window.location.hash).toBe('#/');
    list.answer('HM-000123', accounts(accountFixture({ id: 123, customerNumber: 'HM-000123' })));
    await waitFor(() => expect(window.location.hash).toBe('#/accounts/123'));
    expect(screen.getByTestId('accounts-searching').getAttribute('data-searching')).toBe('false');
  });

  it('Enter alone in the field opens nothing', async () => {
    const list = lateAnswers('/accounts');
    const { user } = await renderUi(<AccountsScreen />);
    await list.asked('');
    list.answer('', accounts(accountFixture({ id: 1, customerNumber: 'HM-000001' })));
    await waitFor(() => expect(screen.getByTestId('accounts-total').textContent).toMatch(/1/));
    await user.type(screen.getByRole('searchbox', { name: /Zoeken|Account zoeken|Zoek/ }), '{Enter}');
    await settle(100);
    expect(window.location.hash).toBe('#/');
  });
});

describe('Klanten screen and Accountaanvragen with late answers', () => {
  it('Klanten: Enter typed right after the term opens the first result of that term', async () => {
    const search = lateAnswers('/customers');
    const { user } = await renderUi(<CustomerSearchScreen />);
    const field = screen.getByRole('textbox', { name: /Klant zoeken/ });
    await user.type(field, 'HM-0002');
    await search.asked('HM-0002');
    search.answer('HM-0002', customers('HM-000200', 'HM-000201'));
    await waitFor(() => expect(screen.getByTestId('customer-grid').getAttribute('data-shown-query')).toBe('HM-0002'));
    await user.type(field, '50{Enter}');
    expect(window.location.hash).toBe('#/');
    expect(screen.getByTestId('customer-searching').getAttribute('data-searching')).toBe('true');
    await search.asked('HM-000250');
    search.answer('HM-000250', customers('HM-000250'));
    await waitFor(() => expect(window.location.hash).toBe('#/customer/HM-000250'));
  });

  it('Accountaanvragen: ArrowDown + Enter wait for the rows of the typed term', async () => {
    const list = lateAnswers('/account-requests');
    fakeServer.on('GET', '/account-requests/77', { status: 200, body: request(77, 'HM-000077') });
    const { user } = await renderUi(<AccountRequestsScreen />);
    await list.asked('');
    list.answer('', requests(request(5, 'HM-000005'), request(6, 'HM-000006')));
    await waitFor(() => expect(screen.getByTestId('requests-grid').getAttribute('data-shown-query')).toBe(''));
    await user.type(screen.getByRole('searchbox'), 'HM-000077');
    await user.keyboard('{ArrowDown}{Enter}');
    await list.asked('HM-000077');
    for (const q of list.terms().filter((t) => t !== 'HM-000077')) list.answer(q, requests(request(5, 'HM-000005')));
    await settle(100);
    expect(window.location.hash).toBe('#/');
    list.answer('HM-000077', requests(request(77, 'HM-000077')));
    await waitFor(() => expect(window.location.hash).toBe('#/account-requests/77'));
  });
});
