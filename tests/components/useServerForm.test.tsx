import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { UpdateAccount } from '../../shared/api/accounts';
import { api } from '../../renderer/src/app/api';
import { FormProblemAlert } from '../../renderer/src/components/form/FormProblemAlert';
import { FormTextField } from '../../renderer/src/components/form/FormTextField';
import { useServerForm } from '../../renderer/src/components/form/useServerForm';
import { readDraft } from '../../renderer/src/hooks/useDraft';
import { accountFixture } from './support/account';
import { errorBody, fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

interface Values {
  username: string;
  note: string;
  secret: string;
  version: number;
}

/** The account rules of the server for the username, a renderer-only limit on the note, a field never kept as a draft. */
const schema = z.object({
  username: UpdateAccount.shape.username.unwrap(),
  note: z.string().max(5),
  secret: z.string(),
  version: z.number(),
});

const start: Values = { username: 'anna', note: '', secret: '', version: 4 };

/** A small form on useServerForm, against the real accounts.update route over the fake HTTP layer. */
function Harness({ reload, onSaved }: { reload?: (values: Values) => Promise<Values | null>; onSaved?: () => void }) {
  const { form, submit, problem, invalid, reload: reloadForm } = useServerForm({
    schema,
    defaultValues: start,
    draft: { key: 'harness', omit: ['secret'] },
    required: ['username'],
    send: (body) => api.call('accounts.update', { params: { id: 7 }, body: { username: body.username, version: body.version } }),
    onSaved,
    reload,
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormTextField control={form.control} name="username" label="Gebruikersnaam" />
      <FormTextField control={form.control} name="note" label="Notitie" />
      <FormTextField control={form.control} name="secret" label="Geheim" />
      <FormProblemAlert problem={problem} invalid={invalid} onReload={() => void reloadForm()} staleTestId="stale" />
      <button type="submit">Opslaan</button>
    </form>
  );
}

const field = (label: string) => screen.getByRole('textbox', { name: label });
const errorOf = (label: string) => {
  const id = field(label).getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
};

describe('useServerForm', () => {
  it('checks with the schema first, in the UI language, and sends nothing while a field is wrong', async () => {
    const { user } = await renderUi(<Harness />, { language: 'en' });
    await user.clear(field('Gebruikersnaam'));
    await user.type(field('Notitie'), 'far too long');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(errorOf('Gebruikersnaam')).toBe('This field is required'));
    // zod's own rule (no message in the schema) comes in plain words in the UI language too, never zod's raw text.
    expect(errorOf('Notitie')).toBe('At most 5 characters');
    expect(screen.getByText('Check the marked fields.')).toBeTruthy();
    await user.type(field('Gebruikersnaam'), 'a!');
    await waitFor(() => expect(errorOf('Gebruikersnaam')).toBe('A username has at least 3 characters'));
    expect(fakeServer.requests('PATCH', '/accounts/7')).toHaveLength(0);
  });

  it('keeps the schema’s Dutch message in the Dutch UI', async () => {
    const { user } = await renderUi(<Harness />);
    await user.clear(field('Gebruikersnaam'));
    await user.type(field('Gebruikersnaam'), 'a b');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(errorOf('Gebruikersnaam')).toBe('Gebruikersnaam mag alleen letters, cijfers en . _ @ - bevatten'));
  });

  it('maps the server’s field errors onto the fields (and ignores paths the form does not have)', async () => {
    fakeServer.on('PATCH', '/accounts/7', {
      status: 409,
      body: errorBody('conflict', 'Al in gebruik', { fields: { username: ['Deze gebruikersnaam is al in gebruik'], 'colors.7': ['onbekend'] } }),
    });
    const { user } = await renderUi(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(errorOf('Gebruikersnaam')).toBe('Deze gebruikersnaam is al in gebruik'));
    expect(field('Gebruikersnaam').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Controleer de gemarkeerde velden.')).toBeTruthy();
  });

  it('says what the server said when no field of the form matches', async () => {
    fakeServer.on('PATCH', '/accounts/7', { status: 400, body: errorBody('validation', 'Verzoek ongeldig', { fields: { 'colors.7': ['onbekend'] } }) });
    const { user } = await renderUi(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het is niet gelukt: Verzoek ongeldig')).toBeTruthy();
  });

  it('keeps the input on a stale version and continues with the reloaded values', async () => {
    fakeServer.on('PATCH', '/accounts/7', { status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 6 }) });
    const reload = vi.fn(async (values: Values) => ({ ...values, version: 6 }));
    const onSaved = vi.fn();
    const { user } = await renderUi(<Harness reload={reload} onSaved={onSaved} />);
    await user.clear(field('Gebruikersnaam'));
    await user.type(field('Gebruikersnaam'), 'anna.b');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByTestId('stale');
    expect(field('Gebruikersnaam')).toHaveProperty('value', 'anna.b');
    await user.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
    expect(reload).toHaveBeenCalledWith(expect.objectContaining({ username: 'anna.b', version: 4 }));

    fakeServer.on('PATCH', '/accounts/7', (r) => ({ status: 200, body: accountFixture({ username: 'anna.b', version: 7, ...(r.body as object) }) }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('PATCH', '/accounts/7')[1]?.body).toEqual({ username: 'anna.b', version: 6 });
  });

  it('says "gone" on a 404, and when a reload finds nothing', async () => {
    fakeServer.on('PATCH', '/accounts/7', { status: 404, body: errorBody('not_found', 'Account niet gevonden') });
    const first = await renderUi(<Harness />);
    await first.user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Dit bestaat niet meer/)).toBeTruthy();
    first.unmount();

    fakeServer.on('PATCH', '/accounts/7', { status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 6 }) });
    const { user } = await renderUi(<Harness reload={async () => null} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await user.click(await screen.findByRole('button', { name: 'Opnieuw laden' }));
    expect(await screen.findByText(/Dit bestaat niet meer/)).toBeTruthy();
  });

  it('keeps the input when the server cannot be reached', async () => {
    fakeServer.on('PATCH', '/accounts/7', 'unreachable');
    const { user } = await renderUi(<Harness />);
    await user.type(field('Notitie'), 'hoi');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/De portaalserver is niet bereikbaar/)).toBeTruthy();
    expect(field('Notitie')).toHaveProperty('value', 'hoi');
  });

  it('keeps a draft without the omitted fields, restores it, and forgets it once saved', async () => {
    fakeServer.on('PATCH', '/accounts/7', { status: 200, body: accountFixture() });
    const first = await renderUi(<Harness />);
    await first.user.type(field('Notitie'), 'abc');
    await first.user.type(field('Geheim'), 'wachtwoord');
    expect(readDraft('harness')).toEqual({ username: 'anna', note: 'abc', version: 4 });
    first.unmount();

    const onSaved = vi.fn();
    const { user } = await renderUi(<Harness onSaved={onSaved} />);
    expect(field('Notitie')).toHaveProperty('value', 'abc');
    expect(field('Geheim')).toHaveProperty('value', '');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(readDraft('harness')).toBeUndefined();
  });
});
