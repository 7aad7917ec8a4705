import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Label } from '../../shared/api/labels';
import { LabelDialog } from '../../renderer/src/features/labels/LabelDialog';
import { errorBody, fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

const label: Label = {
  key: 'Home.Label_Greeting',
  page: 'Home',
  name: 'Label_Greeting',
  lang: 'nl',
  defaultText: 'Goedendag {name}',
  text: 'Goedendag {name}',
  overridden: false,
  outdated: false,
  savedDefaultText: null,
  placeholders: ['name'],
  version: 0,
  updatedAt: null,
  updatedBy: null,
};
const PATH = '/labels/Home.Label_Greeting';

function setup() {
  fakeServer.on('GET', `${PATH}/history`, { status: 200, body: { items: [] } });
  const onSaved = vi.fn();
  const rendered = renderUi(<LabelDialog label={label} onClose={vi.fn()} onSaved={onSaved} />);
  return { onSaved, rendered };
}
const textField = () => screen.getByRole('textbox', { name: /Labelwaarde/ });

describe('LabelDialog', () => {
  it('names a lost or unknown placeholder as you type, and sends nothing', async () => {
    const { rendered } = setup();
    const { user } = await rendered;
    expect(screen.getByTestId('label-default').textContent).toBe('Goedendag {name}');
    await user.clear(textField());
    await user.type(textField(), 'Hallo {{iban}');
    expect(await screen.findByText('Plaatshouder ontbreekt: {name}; Onbekende plaatshouder: {iban}')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Opslaan en sluiten' }));
    expect(fakeServer.requests('PUT', PATH)).toHaveLength(0);
  });

  it('saves with the version it was opened with', async () => {
    fakeServer.on('PUT', PATH, { status: 200, body: { ...label, text: 'Dag {name}', overridden: true, version: 1 } });
    const { onSaved, rendered } = setup();
    const { user } = await rendered;
    await user.clear(textField());
    await user.type(textField(), 'Dag {{name}');
    await user.click(screen.getByRole('button', { name: 'Opslaan en sluiten' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(fakeServer.requests('PUT', PATH)[0]?.body).toEqual({ text: 'Dag {name}', version: 0 });
  });

  it('keeps the typed text on a 409 and offers the current version', async () => {
    fakeServer.on('PUT', PATH, { status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 1 }) });
    fakeServer.on('GET', PATH, { status: 200, body: { ...label, text: 'Hoi {name}', overridden: true, version: 1 } });
    const { rendered } = setup();
    const { user } = await rendered;
    await user.clear(textField());
    await user.type(textField(), 'Welkom {{name}');
    await user.click(screen.getByRole('button', { name: 'Opslaan en sluiten' }));
    await screen.findByTestId('label-conflict');
    expect((textField() as HTMLTextAreaElement).value).toBe('Welkom {name}');
    await user.click(screen.getByRole('button', { name: 'Actuele versie laden' }));
    fakeServer.on('PUT', PATH, { status: 200, body: { ...label, text: 'Welkom {name}', version: 2 } });
    await waitFor(() => expect(screen.queryByTestId('label-conflict')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Opslaan en sluiten' }));
    await waitFor(() => expect(fakeServer.requests('PUT', PATH)).toHaveLength(2));
    expect(fakeServer.requests('PUT', PATH)[1]?.body).toEqual({ text: 'Welkom {name}', version: 1 });
  });
});
