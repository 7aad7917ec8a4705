import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { IpRange } from '../../shared/api/ipRanges';
import type { StaffAddress } from '../../shared/api/staff';
import { RangeDialog } from '../../renderer/src/features/network/RangeDialog';
import { errorBody, fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

const loopback: StaffAddress = { address: '127.0.0.1', loopback: true };
const office: IpRange = { id: 3, cidr: '10.0.0.0/8', admin: true, kcc: true, description: 'Kantoor', version: 2 };

function setup({ range = null, ranges = [], language = 'nl' }: { range?: IpRange | null; ranges?: IpRange[]; language?: 'nl' | 'en' } = {}) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const rendered = renderUi(<RangeDialog range={range} ranges={ranges} me={loopback} roles={['admin']} onClose={onClose} onSaved={onSaved} />, { language });
  return { onSaved, onClose, rendered };
}

const dialog = () => screen.getByTestId('range-dialog');
const input = (name: string) => {
  const el = dialog().querySelector(`input[name="${name}"]`);
  if (!(el instanceof HTMLInputElement)) throw new Error(`no input ${name}`);
  return el;
};

describe('RangeDialog', () => {
  it('refuses an invalid range with the shared schema’s message at the field, before sending', async () => {
    const { rendered } = setup();
    const { user } = await rendered;
    await user.type(input('cidr'), '10.0.0.300/8');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog()).findByText(/Geen geldig IPv4\/IPv6-adres of CIDR-bereik/)).toBeTruthy();
    expect(input('cidr').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog()).getByText('Controleer de gemarkeerde velden.')).toBeTruthy();
    expect(fakeServer.requests('POST', '/ip-ranges')).toHaveLength(0);
  });

  it('shows the same rules in English in the English UI', async () => {
    const { rendered } = setup({ language: 'en' });
    const { user } = await rendered;
    await user.type(input('cidr'), 'nonsense');
    await user.click(input('admin'));
    await user.click(input('kcc'));
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(await within(dialog()).findByText(/Not a valid IPv4\/IPv6 address or CIDR range/)).toBeTruthy();
    await user.clear(input('cidr'));
    await user.type(input('cidr'), '10.0.0.0/8');
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    expect(await within(dialog()).findByText('Choose at least one: administrators or customer contact agents')).toBeTruthy();
  });

  it('adds a range only after the lock-out warning is ticked', async () => {
    fakeServer.on('POST', '/ip-ranges', (r) => ({ status: 201, body: { id: 9, version: 1, ...(r.body as object) } }));
    const { onSaved, rendered } = setup();
    const { user } = await rendered;
    await user.type(input('cidr'), '10.0.0.0/8');
    await user.type(input('description'), 'Kantoor');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    const risk = await within(dialog()).findByTestId('network-risk');
    expect(risk.getAttribute('data-risk')).toBe('loopback');
    const saveAnyway = within(dialog()).getByRole('button', { name: 'Toch opslaan' });
    expect(saveAnyway).toHaveProperty('disabled', true);
    await user.click(within(dialog()).getByLabelText('Ik begrijp de gevolgen en wil doorgaan'));
    await user.click(saveAnyway);
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('POST', '/ip-ranges')[0]?.body).toEqual({ cidr: '10.0.0.0/8', admin: true, kcc: true, description: 'Kantoor' });
  });

  it('puts a server field error on the flags (the server names kcc, the dialog shows it at the groups)', async () => {
    fakeServer.on('PATCH', '/ip-ranges/3', { status: 400, body: errorBody('validation', 'Ongeldig', { fields: { kcc: ['Kies minstens één: beheerders of KCC-medewerkers'] } }) });
    const { rendered } = setup({ range: office, ranges: [office] });
    const { user } = await rendered;
    await user.clear(input('description'));
    await user.type(input('description'), 'Utrecht');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog()).findByText('Kies minstens één: beheerders of KCC-medewerkers')).toBeTruthy();
    expect(fakeServer.requests('PATCH', '/ip-ranges/3')[0]?.body).toEqual({ cidr: '10.0.0.0/8', admin: true, kcc: true, description: 'Utrecht', version: 2 });
  });

  it('keeps the input on a 409 and reloads the server version on request', async () => {
    fakeServer.on('PATCH', '/ip-ranges/3', { status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 3 }) });
    fakeServer.on('GET', '/ip-ranges', { status: 200, body: { items: [{ ...office, description: 'Door collega', version: 3 }] } });
    const { onSaved, rendered } = setup({ range: office, ranges: [office] });
    const { user } = await rendered;
    await user.clear(input('description'));
    await user.type(input('description'), 'Mijn tekst');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    await within(dialog()).findByTestId('range-conflict');
    expect(input('description').value).toBe('Mijn tekst');
    expect(within(dialog()).getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', true);
    await user.click(within(dialog()).getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect(input('description').value).toBe('Door collega'));
    expect(within(dialog()).queryByTestId('range-conflict')).toBeNull();

    fakeServer.on('PATCH', '/ip-ranges/3', (r) => ({ status: 200, body: { ...office, ...(r.body as object), version: 4 } }));
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('PATCH', '/ip-ranges/3')[1]?.body).toMatchObject({ description: 'Door collega', version: 3 });
  });

  it('says the range is gone when it was deleted meanwhile', async () => {
    fakeServer.on('PATCH', '/ip-ranges/3', { status: 404, body: errorBody('not_found', 'Niet gevonden') });
    const { rendered } = setup({ range: office, ranges: [office] });
    const { user } = await rendered;
    await user.type(input('description'), ' Utrecht');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog()).findByText('Dit IP-bereik bestaat niet meer; iemand anders heeft het verwijderd.')).toBeTruthy();
    expect(input('description').value).toBe('Kantoor Utrecht');
    expect(within(dialog()).getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', true);
  });

  it('keeps the input when the server cannot be reached, and says so', async () => {
    fakeServer.on('PATCH', '/ip-ranges/3', 'unreachable');
    const { rendered } = setup({ range: office, ranges: [office] });
    const { user } = await rendered;
    await user.type(input('description'), ' Utrecht');
    await user.click(within(dialog()).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog()).findByText(/De portaalserver is niet bereikbaar\. Uw invoer is bewaard/)).toBeTruthy();
    expect(input('description').value).toBe('Kantoor Utrecht');
  });
});
