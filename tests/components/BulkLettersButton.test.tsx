import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { kcc } from '../../renderer/src/bridge';
import { BulkLettersButton } from '../../renderer/src/features/customer/activation/BulkLettersButton';
import { fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';
import { signInAs } from './support/session';

const jobId = '0b7e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const pdf = (part: number) => new TextEncoder().encode(`%PDF-1.3 mailing ${part}`).buffer;

describe('BulkLettersButton', () => {
  it('saves the two mailings as two files, and a cancelled save dialog does not fetch a PDF again (it is served once)', async () => {
    await signInAs(['kcc-admin']);
    fakeServer.on('POST', '/activation-letters', { status: 202, body: { jobId } });
    fakeServer.on('GET', `/activation-letters/${jobId}`, {
      status: 200,
      body: { jobId, state: 'done', done: 3, total: 3, error: null, fetched: [], expiresAt: '2026-11-02T10:00:00.000Z' },
    });
    for (const part of [1, 2]) fakeServer.on('GET', `/activation-letters/${jobId}/mailings/${part}`, { status: 200, body: pdf(part) });
    // The first save dialog is cancelled, every later one saves.
    const save = vi.spyOn(kcc.files, 'save').mockResolvedValueOnce({ saved: false }).mockResolvedValue({ saved: true });

    const { user } = await renderUi(<BulkLettersButton />);
    await user.click(await screen.findByRole('button', { name: 'Activatiebrieven maken' }));
    await user.click(screen.getByRole('button', { name: 'Starten' }));
    expect(await screen.findByText('Klaar: 3 huishoudens, twee brieven elk.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Verzending 1 opslaan (klantnummers)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Verzending 1 opslaan (klantnummers)' }));
    expect(await screen.findByRole('button', { name: 'Verzending 1 opgeslagen' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Verzending 2 opslaan (activeercodes)' }));
    expect(await screen.findByRole('button', { name: 'Verzending 2 opgeslagen' })).toHaveProperty('disabled', true);

    expect(fakeServer.requests('GET', `/activation-letters/${jobId}/mailings/1`)).toHaveLength(1);
    expect(fakeServer.requests('GET', `/activation-letters/${jobId}/mailings/2`)).toHaveLength(1);
    const names = save.mock.calls.map(([req]) => req.suggestedName);
    expect(names[1]).toBe(names[0]);
    expect(names[1]).toMatch(/^activatiebrieven-\d{4}-\d{2}-\d{2}-verzending-1-klantnummers\.pdf$/);
    expect(names[2]).toMatch(/^activatiebrieven-\d{4}-\d{2}-\d{2}-verzending-2-activeercodes\.pdf$/);
    expect(atob(save.mock.calls[2]?.[0].dataBase64 ?? '')).toBe('%PDF-1.3 mailing 2');
    save.mockRestore();
  });
});
