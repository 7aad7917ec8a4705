import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Question, Topic } from '../../shared/api/kb';
import { QuestionDialog } from '../../renderer/src/features/knowledge-base/QuestionDialog';
import { errorBody, fakeServer } from './support/fakeServer';
import { renderUi } from './support/render';

const topics: Topic[] = [
  { code: 'KBO-00001', description: 'Huurachterstand', keywords: [], order: 1, questionCount: 1, portalCount: 1, version: 1 },
  { code: 'KBO-00002', description: 'Reparaties', keywords: [], order: 2, questionCount: 0, portalCount: 0, version: 1 },
];
const question: Question = {
  code: 'KBK-00007',
  topicCode: 'KBO-00001',
  description: 'Ik heb een achterstand',
  keywords: ['schuld'],
  internal: true,
  portal: true,
  external: false,
  answer: '',
  followUps: [{ question: 'Heeft u een achterstand?', answers: ['Ja', 'Nee'], dataItem: 'paymentArrears' }],
  advice: null,
  order: 1,
  version: 3,
};

function setup() {
  const onSaved = vi.fn();
  const rendered = renderUi(<QuestionDialog question={question} topicCode="KBO-00001" topics={topics} onClose={vi.fn()} onSaved={onSaved} />);
  return { onSaved, rendered };
}

const field = (name: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
const type = (name: string, value: string) => {
  const el = field(name);
  if (!el) throw new Error(`no field ${name}`);
  fireEvent.change(el, { target: { value } });
};

describe('QuestionDialog', () => {
  it('shows the follow-up answered from customer data with the sentence the tenant gets', async () => {
    await setup().rendered;
    expect(field('followUps.0.question')?.value).toBe('Heeft u een achterstand?');
    expect(screen.getByText(/Volgens onze gegevens heeft u een achterstand van/)).toBeTruthy();
  });

  it('previews the advice markup beside the text: bold and a named link as elements, <script> as text', async () => {
    const { rendered } = setup();
    const { user } = await rendered;
    await user.click(screen.getByLabelText('Deze vraag leidt tot een advies'));
    type('adviceText', 'Lees **dit** en [dat](/financien) <script>alert(1)</script>');
    const preview = await screen.findByTestId('kb-advice-preview');
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('dit'));
    expect(preview.querySelector('a')?.getAttribute('href')).toBe('/financien');
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.textContent).toContain('<script>alert(1)</script>');
  });

  it('says which kind of link the button gets, and refuses anything else before sending', async () => {
    const { rendered } = setup();
    const { user } = await rendered;
    await user.click(screen.getByLabelText('Deze vraag leidt tot een advies'));
    type('adviceText', 'Advies');
    type('linkLabel', 'Klik');
    type('url', 'https://www.belastingdienst.nl');
    expect((await screen.findByTestId('kb-link-kind')).textContent).toContain('nieuw tabblad');
    type('url', '/financien');
    await waitFor(() => expect(screen.getByTestId('kb-link-kind').textContent).toContain('hetzelfde tabblad'));
    type('url', 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Alleen een relatief portaaladres/)).toBeTruthy();
    expect(fakeServer.requests('PATCH', '/kb/questions/KBK-00007')).toHaveLength(0);
  });

  it('puts a server field error on its field and keeps the input on 409', async () => {
    fakeServer.on('PATCH', '/kb/questions/KBK-00007', () => ({
      status: 400,
      body: errorBody('validation', 'Ongeldig', { fields: { 'followUps.0.question': ['Deze vervolgvraag bestaat al'] } }),
    }));
    const { rendered } = setup();
    const { user } = await rendered;
    type('description', 'Ik heb een huurachterstand');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Deze vervolgvraag bestaat al')).toBeTruthy();
    const sent = fakeServer.requests('PATCH', '/kb/questions/KBK-00007')[0]?.body as { version: number; followUps: unknown[] };
    expect(sent.version).toBe(3);
    expect(sent.followUps).toEqual([{ question: 'Heeft u een achterstand?', answers: ['Ja', 'Nee'], dataItem: 'paymentArrears' }]);

    fakeServer.on('PATCH', '/kb/questions/KBK-00007', () => ({ status: 409, body: errorBody('conflict', 'Gewijzigd', { currentVersion: 4 }) }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByTestId('kb-question-conflict')).toBeTruthy();
    expect(field('description')?.value).toBe('Ik heb een huurachterstand');
  });
});
