import { describe, expect, it } from 'vitest';
import { renderSubject, renderTemplateBlocks } from '../../shared/domain/mailTemplate';
import { checkPlaceholders, fillPlaceholders, placeholderProblem, placeholdersIn } from '../../shared/domain/placeholders';
import { markupToHtml, markupToText } from '../../shared/markup';

describe('placeholders', () => {
  it('lists, checks and names them', () => {
    expect(placeholdersIn('{a} en {b_2} en {a} maar niet {2x} of { c }')).toEqual(['a', 'b_2']);
    const c = checkPlaceholders('Hallo {naam} {iban}', ['name', 'naam'], ['name']);
    expect(c).toEqual({ missing: ['name'], unknown: ['iban'] });
    expect(placeholderProblem(c)).toBe('Plaatshouder ontbreekt: {name}; Onbekende plaatshouder: {iban}');
    expect(placeholderProblem(checkPlaceholders('{name}', ['name']))).toBeNull();
    expect(fillPlaceholders('{a}-{b}', { a: '1' })).toBe('1-{b}');
  });
});

describe('mail template rendering', () => {
  it('puts values in after parsing: a value never becomes markup, a tag or a link', () => {
    const blocks = renderTemplateBlocks('Beste {customerName},\n* {customerName}', { customerName: '**Jan** [x](https://kwaad.example) <script>' });
    expect(markupToText(blocks)).toBe('Beste **Jan** [x](https://kwaad.example) <script>,\n\n• **Jan** [x](https://kwaad.example) <script>');
    const html = markupToHtml(blocks);
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;script&gt;');
  });

  it('makes a placeholder link clickable with the value, checked again as a link', () => {
    const link = 'https://mijn.example.nl/account/bevestigen?token=a%2Bb';
    const ok = renderTemplateBlocks('<{confirmationLink}>\n[Bevestigen]({confirmationLink})', { confirmationLink: link });
    expect(markupToHtml(ok)).toBe(`<p><a href="${link}" target="_blank" rel="noopener noreferrer">${link}</a><br><a href="${link}" target="_blank" rel="noopener noreferrer">Bevestigen</a></p>`);
    expect(markupToText(ok)).toBe(`${link}\nBevestigen (${link})`);
    const bad = renderTemplateBlocks('[Klik]({confirmationLink})', { confirmationLink: 'javascript:alert(1)' });
    expect(markupToHtml(bad)).toBe('<p>Klik</p>');
  });

  it('keeps a subject on one line', () => {
    expect(renderSubject('Welkom {customerName}\r\nBcc: x@y', { customerName: 'Jan' })).toBe('Welkom Jan Bcc: x@y');
  });
});
