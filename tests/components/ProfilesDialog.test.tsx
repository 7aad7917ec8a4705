import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../shared/bridge';
import { ProfilesDialog } from '../../renderer/src/features/profiles/ProfilesDialog';
import { fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

/* On the browser build's bridge (localStorage), as in `npm run web` and the E2E. */

const productie: Profile = { id: 'productie-abcde', name: 'Productie', kind: 'remote', serverUrl: 'https://portaal.example.nl' };
const lokaal = (): Profile => ({ id: 'lokaal-abcde', name: 'Lokaal', kind: 'remote', serverUrl: `${window.location.origin}/` });

async function setup({ signedIn = false, profiles = [productie] }: { signedIn?: boolean; profiles?: Profile[] } = {}) {
  localStorage.setItem('kcc.profiles', JSON.stringify(profiles));
  const onClose = vi.fn();
  const rendered = await renderUi(<ProfilesDialog signedIn={signedIn} onClose={onClose} />);
  await within(screen.getByTestId('profiles-dialog')).findByTestId('profiles-list');
  return { ...rendered, onClose };
}

const row = (id: string) => {
  const el = screen.getByTestId('profiles-dialog').querySelector(`[data-profile="${id}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no row ${id}`);
  return el;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProfilesDialog', () => {
  it('lists the profiles with the active and built-in one marked; the built-in one cannot be edited or deleted', async () => {
    await setup();
    const builtIn = row('web');
    expect(builtIn.getAttribute('data-active')).toBe('true');
    expect(within(builtIn).getByText('Actief')).toBeTruthy();
    expect(within(builtIn).getByText('Ingebouwd')).toBeTruthy();
    expect(within(builtIn).queryByRole('button', { name: /wijzigen|verwijderen|gebruiken/i })).toBeNull();
    const prod = row(productie.id);
    expect(prod.getAttribute('data-active')).toBe('false');
    expect(within(prod).getByText('https://portaal.example.nl')).toBeTruthy();
    expect(within(prod).getByRole('button', { name: 'Profiel Productie wijzigen' })).toBeTruthy();
    // The browser build cannot reach another origin: it says so and does not offer to switch there.
    expect(screen.getByText(/Dit is de browserversie: die kan alleen verbinden met de server waarvan deze pagina komt/)).toBeTruthy();
    expect(within(prod).getByRole('button', { name: 'Profiel Productie gebruiken' })).toHaveProperty('disabled', true);
  });

  it('deletes a profile only after confirmation', async () => {
    const { user } = await setup();
    await user.click(within(row(productie.id)).getByRole('button', { name: 'Profiel Productie verwijderen' }));
    const confirm = await screen.findByTestId('profile-delete');
    expect(confirm.textContent).toContain('Weet u zeker dat u het profiel Productie (https://portaal.example.nl) wilt verwijderen?');
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByTestId('profile-delete')).toBeNull());
    expect(JSON.parse(localStorage.getItem('kcc.profiles') ?? '[]')).toHaveLength(1);

    await user.click(within(row(productie.id)).getByRole('button', { name: 'Profiel Productie verwijderen' }));
    await user.click(within(await screen.findByTestId('profile-delete')).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(screen.getByTestId('profiles-dialog').querySelector(`[data-profile="${productie.id}"]`)).toBeNull());
    expect(JSON.parse(localStorage.getItem('kcc.profiles') ?? '[]')).toEqual([]);
  });

  it('when signed in, asks first, signs out of the current server, then switches and reloads', async () => {
    fakeServer.on('DELETE', '/staff/sessions/current', { status: 204 });
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, origin: window.location.origin, reload, hash: '' } as Location);
    const target = lokaal();
    const { user } = await setup({ signedIn: true, profiles: [productie, target] });
    await user.click(within(row(target.id)).getByRole('button', { name: 'Profiel Lokaal gebruiken' }));
    const confirm = await screen.findByTestId('profile-switch');
    expect(confirm.textContent).toContain('U wordt eerst afgemeld bij Deze portaalserver. Daarna meldt u zich aan bij Lokaal.');
    expect(fakeServer.requests('DELETE', '/staff/sessions/current')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Afmelden en wisselen' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('DELETE', '/staff/sessions/current')).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('kcc.settings') ?? '{}')).toMatchObject({ activeProfileId: target.id });
  });
});
