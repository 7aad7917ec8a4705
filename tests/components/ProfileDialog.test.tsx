import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../shared/bridge';
import { ProfileDialog } from '../../renderer/src/features/profiles/ProfileDialog';
import { renderUi } from './support/render';

/* The dialog runs on the browser build's bridge (localStorage), the one happy-dom gets, as in `npm run web`. */

const acceptatie: Profile = { id: 'acceptatie-abcde', name: 'Acceptatie', kind: 'remote', serverUrl: 'https://acc.portaal.example.nl' };

function setup({ profile = null, addressLocked = false, language = 'nl' }: { profile?: Profile | null; addressLocked?: boolean; language?: 'nl' | 'en' } = {}) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const rendered = renderUi(<ProfileDialog profile={profile} addressLocked={addressLocked} onClose={onClose} onSaved={onSaved} />, { language });
  return { onSaved, onClose, rendered };
}

const dialog = () => screen.getByTestId('profile-dialog');
const input = (name: string) => {
  const el = dialog().querySelector(`input[name="${name}"]`);
  if (!(el instanceof HTMLInputElement)) throw new Error(`no input ${name}`);
  return el;
};
const storedProfiles = () => JSON.parse(localStorage.getItem('kcc.profiles') ?? '[]') as Profile[];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProfileDialog', () => {
  it('refuses plain http to another computer with a message naming the field, and saves nothing', async () => {
    const { onSaved, rendered } = setup();
    const { user } = await rendered;
    await user.type(input('name'), 'Productie');
    await user.type(input('serverUrl'), 'http://portaal.example.nl');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog()).findByText(/^Serveradres: gebruik een https:\/\/-adres; http:\/\/ mag alleen voor een server op deze computer/)).toBeTruthy();
    expect(input('serverUrl').getAttribute('aria-invalid')).toBe('true');
    expect(input('name').getAttribute('aria-invalid')).toBe('false');
    expect(onSaved).not.toHaveBeenCalled();
    expect(storedProfiles()).toEqual([]);
  });

  it('names the fields in English in the English UI', async () => {
    const { rendered } = setup({ language: 'en' });
    const { user } = await rendered;
    await user.type(input('serverUrl'), 'ftp://portaal.example.nl');
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(await within(dialog()).findByText('Name is required')).toBeTruthy();
    expect(within(dialog()).getByText('Server address: only https:// addresses are allowed.')).toBeTruthy();
    await user.clear(input('serverUrl'));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(await within(dialog()).findByText('Server address is required')).toBeTruthy();
  });

  it('saves a new https profile through the bridge, with an id made from its name', async () => {
    const { onSaved, rendered } = setup();
    const { user } = await rendered;
    await user.type(input('name'), '  Acceptatie Zuid ');
    await user.type(input('serverUrl'), 'https://acc.portaal.example.nl ');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = storedProfiles();
    expect(saved).toEqual([{ id: expect.stringMatching(/^acceptatie-zuid-[a-z0-9]{5}$/), name: 'Acceptatie Zuid', kind: 'remote', serverUrl: 'https://acc.portaal.example.nl' }]);
    expect(onSaved.mock.calls[0]?.[0]).toEqual([{ id: 'web', name: 'Deze portaalserver', kind: 'remote' }, saved[0]]);
  });

  it('edits an existing profile under the same id, and keeps the address of the active one', async () => {
    localStorage.setItem('kcc.profiles', JSON.stringify([acceptatie]));
    const { onSaved, rendered } = setup({ profile: acceptatie, addressLocked: true });
    const { user } = await rendered;
    expect(input('serverUrl').disabled).toBe(true);
    expect(within(dialog()).getByText(/gebruik eerst een ander profiel om het adres te wijzigen/)).toBeTruthy();
    await user.clear(input('name'));
    await user.type(input('name'), 'Acceptatieomgeving');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(storedProfiles()).toEqual([{ ...acceptatie, name: 'Acceptatieomgeving' }]);
  });

  it('tests the page’s own server and says OK with name, version and demo mode', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      Response.json({ name: 'kcc-portal-server', version: '1.4.0', demo: true, time: '2026-01-01T10:00:00.000Z' }),
    );
    const { rendered } = setup();
    const { user } = await rendered;
    await user.type(input('serverUrl'), window.location.origin);
    await user.click(within(dialog()).getByRole('button', { name: 'Verbinding testen' }));
    const result = await within(dialog()).findByTestId('profile-test-result');
    expect(result.getAttribute('data-result')).toBe('ok');
    expect(result.textContent).toBe('Verbinding in orde: kcc-portal-server versie 1.4.0, in demomodus.');
    expect(fetchSpy).toHaveBeenCalledWith(`${window.location.origin}/api/v1/info`, expect.anything());
    // Another address: the old result no longer applies.
    await user.type(input('serverUrl'), '/x');
    expect(within(dialog()).queryByTestId('profile-test-result')).toBeNull();
  });

  it('says what failed: not a portal server, or (browser build) that another server cannot be tested from here', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<html></html>', { status: 404 }));
    const { rendered } = setup();
    const { user } = await rendered;
    await user.type(input('serverUrl'), window.location.origin);
    await user.click(within(dialog()).getByRole('button', { name: 'Verbinding testen' }));
    const notPortal = await within(dialog()).findByTestId('profile-test-result');
    expect(notPortal.getAttribute('data-result')).toBe('notPortal');
    expect(notPortal.textContent).toBe('Op dit adres antwoordt wel iets, maar geen KCC-portaalserver. Details: HTTP 404');

    await user.clear(input('serverUrl'));
    await user.type(input('serverUrl'), 'https://portaal.example.nl');
    await user.click(within(dialog()).getByRole('button', { name: 'Verbinding testen' }));
    const other = await within(dialog()).findByTestId('profile-test-result');
    expect(other.getAttribute('data-result')).toBe('otherOrigin');
    expect(other.textContent).toContain('De browserversie kan alleen haar eigen server');
    expect(other.textContent).toContain('Test dit adres in de desktop-app');
  });

  it('checks the address before testing it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { rendered } = setup();
    const { user } = await rendered;
    await user.type(input('serverUrl'), 'http://10.1.2.3');
    await user.click(within(dialog()).getByRole('button', { name: 'Verbinding testen' }));
    expect(await within(dialog()).findByText(/^Serveradres: gebruik een https:\/\/-adres/)).toBeTruthy();
    expect(within(dialog()).queryByTestId('profile-test-result')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
