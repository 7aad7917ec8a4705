import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IbanField } from '../../renderer/src/features/iban/IbanField';
import { renderUi } from './support/render';

function Harness({ serverError }: { serverError?: string }) {
  const [v, setV] = useState('');
  return <IbanField name="newIban" label="Nieuw IBAN" value={v} onChange={setV} serverError={serverError} />;
}

const input = () => screen.getByRole('textbox', { name: 'Nieuw IBAN' });

describe('IbanField (as-you-type IBAN check)', () => {
  it('flags a wrong check digit once the IBAN is long enough, and shows a valid one grouped with its bank', async () => {
    const { user } = await renderUi(<Harness />);
    await user.type(input(), 'nl45');
    expect(input().getAttribute('aria-invalid')).not.toBe('true');
    await user.type(input(), 'rabo0123456789');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/controlegetal klopt niet/)).toBeTruthy();
    await user.clear(input());
    await user.type(input(), 'nl44 rabo 0123 4567 89');
    expect(input().getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('NL44 RABO 0123 4567 89 · Bank: Rabobank')).toBeTruthy();
    await user.tab();
    expect((input() as HTMLInputElement).value).toBe('NL44 RABO 0123 4567 89');
  });

  it("shows the server's message for the field", async () => {
    await renderUi(<Harness serverError="Het oude IBAN is niet het IBAN dat nu geregistreerd staat" />);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/niet het IBAN dat nu geregistreerd staat/)).toBeTruthy();
  });
});
