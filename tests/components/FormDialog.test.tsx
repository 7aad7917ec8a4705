import { screen, within } from '@testing-library/react';
import type { BaseSyntheticEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FormDialog, type FormDialogForm } from '../../renderer/src/components/FormDialog';
import type { FormProblem } from '../../renderer/src/components/form/formProblem';
import { renderUi } from './support/render';

const texts = { cancel: 'Annuleren', save: 'Opslaan', saving: 'Bezig met opslaan…', stale: 'Intussen gewijzigd', reload: 'Actuele versie laden' };

/** The shell around a fake form (what useServerForm hands over), with one text field. */
function setup({ busy = false, problem = null, blocked }: { busy?: boolean; problem?: FormProblem | null; blocked?: boolean } = {}) {
  const form = {
    submit: vi.fn((e?: BaseSyntheticEvent) => {
      e?.preventDefault();
      return Promise.resolve();
    }),
    busy,
    problem,
    invalid: false,
    reload: vi.fn(() => Promise.resolve()),
    discardDraft: vi.fn(),
  } satisfies FormDialogForm;
  const onClose = vi.fn();
  const rendered = renderUi(
    <FormDialog testId="test-dialog" title="Groep bewerken" form={form} texts={texts} onClose={onClose} blocked={blocked}>
      <input name="naam" aria-label="Naam" autoFocus />
    </FormDialog>,
  );
  return { form, onClose, rendered };
}

describe('FormDialog', () => {
  it('is named by its title, submits on Enter in a field, and Annuleren forgets the draft and closes', async () => {
    const { form, onClose, rendered } = setup();
    const { user } = await rendered;
    const dialog = screen.getByRole('dialog', { name: 'Groep bewerken' });
    expect(dialog.closest('[data-testid="test-dialog"]')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Naam'), 'Huurders{Enter}');
    expect(form.submit).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(form.discardDraft).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape when idle; while saving, Escape does nothing and both buttons are disabled', async () => {
    const idle = setup();
    const { user, unmount } = await idle.rendered;
    await user.keyboard('{Escape}');
    expect(idle.onClose).toHaveBeenCalledTimes(1);
    unmount();

    const saving = setup({ busy: true });
    const { user: user2 } = await saving.rendered;
    await user2.keyboard('{Escape}');
    expect(saving.onClose).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Groep bewerken' });
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('button', { name: 'Bezig met opslaan…' })).toHaveProperty('disabled', true);
  });

  it('after a stale version: the alert offers reload and Opslaan waits for it, unless the dialog says otherwise', async () => {
    const stale = setup({ problem: { kind: 'stale', currentVersion: 3 } });
    const { user, unmount } = await stale.rendered;
    const dialog = screen.getByRole('dialog', { name: 'Groep bewerken' });
    expect(within(dialog).getByRole('alert').textContent).toContain('Intussen gewijzigd');
    expect(within(dialog).getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('button', { name: 'Actuele versie laden' }));
    expect(stale.form.reload).toHaveBeenCalledTimes(1);
    unmount();

    const open = setup({ problem: { kind: 'stale', currentVersion: 3 }, blocked: false });
    await open.rendered;
    expect(within(screen.getByRole('dialog', { name: 'Groep bewerken' })).getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false);
  });
});
