import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BlockDialog } from '../../renderer/src/features/accounts/BlockDialog';
import { accountFixture } from './support/account';
import { errorBody, fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

const account = accountFixture();

function setup(language: 'nl' | 'en' = 'nl') {
  const onDone = vi.fn();
  const onClose = vi.fn();
  const reload = vi.fn(async () => ({ ...account, version: 5 }));
  const rendered = renderUi(<BlockDialog account={account} onClose={onClose} onDone={onDone} reload={reload} />, { language });
  return { onDone, onClose, reload, rendered };
}

const reasonField = () => screen.getByRole('textbox', { name: /Reden van blokkeren|Reason for blocking/ });

describe('BlockDialog', () => {
  it('asks for a reason before sending anything', async () => {
    const { rendered } = setup();
    const { user } = await rendered;
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(await screen.findByText('Dit veld is verplicht')).toBeTruthy();
    expect(reasonField().getAttribute('aria-invalid')).toBe('true');
    expect(fakeServer.requests('POST', '/accounts/7/block')).toHaveLength(0);
  });

  it('says it in English in the English UI', async () => {
    const { rendered } = setup('en');
    const { user } = await rendered;
    await user.click(screen.getByRole('button', { name: 'Block' }));
    expect(await screen.findByText('This field is required')).toBeTruthy();
  });

  it('blocks with the trimmed reason and the account version, and hands back the server answer', async () => {
    fakeServer.on('POST', '/accounts/7/block', (r) => ({ status: 200, body: { ...account, manuallyBlocked: true, blockReason: (r.body as { reason: string }).reason, version: 5 } }));
    const { onDone, rendered } = setup();
    const { user } = await rendered;
    await user.type(reasonField(), '  Misbruik van het portaal  ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('POST', '/accounts/7/block')[0]?.body).toEqual({ reason: 'Misbruik van het portaal', version: 4 });
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ manuallyBlocked: true, blockReason: 'Misbruik van het portaal' });
  });

  it('shows the server’s field message at the reason', async () => {
    fakeServer.on('POST', '/accounts/7/block', { status: 400, body: errorBody('validation', 'Ongeldige invoer', { fields: { reason: ['Een reden is verplicht'] } }) });
    const { rendered } = setup('en');
    const { user } = await rendered;
    await user.type(reasonField(), 'x');
    await user.click(screen.getByRole('button', { name: 'Block' }));
    // The server's Dutch message, in the UI's language.
    expect(await screen.findByText('A reason is required')).toBeTruthy();
    expect(reasonField().getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the reason on a 409 and offers to reload the account', async () => {
    fakeServer.on('POST', '/accounts/7/block', { status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 5 }) });
    const { reload, onDone, rendered } = setup();
    const { user } = await rendered;
    await user.type(reasonField(), 'Oneigenlijk gebruik');
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(await screen.findByText(/Iemand anders heeft dit account intussen gewijzigd/)).toBeTruthy();
    expect(reasonField()).toHaveProperty('value', 'Oneigenlijk gebruik');
    await user.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect(screen.queryByText(/Iemand anders heeft dit account/)).toBeNull());
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reasonField()).toHaveProperty('value', 'Oneigenlijk gebruik');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps the reason when the database is away (503) and blocks on the next try', async () => {
    fakeServer.on('POST', '/accounts/7/block', { status: 503, body: errorBody('unavailable', 'De database is even niet bereikbaar', { retryAfterSeconds: 5 }) });
    const { onDone, rendered } = setup();
    const { user } = await rendered;
    await user.type(reasonField(), 'Telefonisch verzoek');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/De database is even niet bereikbaar; er is niets opgeslagen\. Uw invoer is bewaard/)).toBeTruthy();
    expect(screen.queryByText(/portaalserver is niet bereikbaar/)).toBeNull();
    expect(reasonField()).toHaveProperty('value', 'Telefonisch verzoek');
    fakeServer.on('POST', '/accounts/7/block', { status: 200, body: { ...account, manuallyBlocked: true, blockReason: 'Telefonisch verzoek', version: 5 } });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('POST', '/accounts/7/block')).toHaveLength(2);
  });

  it('keeps the reason as a draft when closed without blocking', async () => {
    const first = setup();
    const { user, unmount } = await first.rendered;
    await user.type(reasonField(), 'Half getypt');
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(first.onClose).toHaveBeenCalled();
    unmount();
    await setup().rendered;
    expect(reasonField()).toHaveProperty('value', 'Half getypt');
  });
});
