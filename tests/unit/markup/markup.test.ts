import { describe, expect, it } from 'vitest';
import { linkKind, markupToHtml, markupToText, parseMarkup, safeLink } from '../../../shared/markup';

describe('the portal markup (seed 001 §4.11)', () => {
  it('renders bold, italic, bullets and both kinds of link', () => {
    expect(markupToHtml('Dit is **vet** en *cursief*.')).toBe('<p>Dit is <strong>vet</strong> en <em>cursief</em>.</p>');
    expect(markupToHtml('*eerste\n* tweede')).toBe('<ul><li>eerste</li><li>tweede</li></ul>');
    expect(markupToHtml('Zie <https://www.voorbeeld.nl/a?b=1>')).toBe(
      '<p>Zie <a href="https://www.voorbeeld.nl/a?b=1" target="_blank" rel="noopener noreferrer">https://www.voorbeeld.nl/a?b=1</a></p>',
    );
    expect(markupToHtml('Zie (https://a.nl/)')).toContain('<a href="https://a.nl/" target="_blank"');
    expect(markupToHtml('Naar [mijn gegevens](/mijn-gegevens)')).toBe('<p>Naar <a href="/mijn-gegevens">mijn gegevens</a></p>');
  });

  it('nests italic in bold and a link in bold, and keeps unclosed markers as text', () => {
    expect(markupToHtml('**heel *erg* vet**')).toBe('<p><strong>heel <em>erg</em> vet</strong></p>');
    expect(markupToHtml('**[klik](https://a.nl)**')).toContain('<strong><a href="https://a.nl/"');
    expect(markupToHtml('2 * 3 = 6 en **open')).toBe('<p>2 * 3 = 6 en **open</p>');
    expect(markupToHtml('[naam](geen url met spaties)')).toBe('<p>[naam](geen url met spaties)</p>');
  });

  it('splits paragraphs on empty lines and keeps line breaks inside one', () => {
    expect(parseMarkup('a\nb\n\nc')).toHaveLength(2);
    expect(markupToHtml('a\nb\n\nc')).toBe('<p>a<br>b</p>\n<p>c</p>');
    expect(markupToHtml('tekst\n* punt\nmeer')).toBe('<p>tekst</p>\n<ul><li>punt</li></ul>\n<p>meer</p>');
  });

  it('makes plain text for mails and snippets', () => {
    expect(markupToText('**Let op**: zie [de site](https://a.nl)\n* een')).toBe('Let op: zie de site (https://a.nl/)\n\n• een');
  });

  const xss = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '[klik](javascript:alert(1))',
    '[klik](JaVaScRiPt:alert(1))',
    '[klik](java\tscript:alert(1))',
    '[klik](data:text/html;base64,PHNjcmlwdD4=)',
    '[klik](vbscript:msgbox(1))',
    '[klik](//evil.example/x)',
    '<javascript:alert(1)>',
    '"><a href="x" onclick="alert(1)">',
    "[a](https://a.nl\" onmouseover=\"alert(1))",
    '**<b onmouseover=alert(1)>vet</b>**',
    '<a href="javascript:alert(1)">x</a>',
    '&lt;script&gt;',
    '<style>body{display:none}</style>',
    '<iframe src="https://evil.example"></iframe>',
  ];
  it.each(xss)('lets nothing of %s through as HTML', (input) => {
    const html = markupToHtml(input);
    // Only our own tags: strip them and no "<" may remain.
    const withoutOwn = html.replace(/<\/?(p|ul|li|strong|em|br)>/g, '').replace(/<a href="[^"<>]*"( target="_blank" rel="noopener noreferrer")?>|<\/a>/g, '');
    expect(withoutOwn).not.toMatch(/[<>]/);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/href="\/\//);
    expect(html).not.toMatch(/\son\w+="/i);
  });

  it('tells an editor which kind of link a URL is', () => {
    expect(linkKind('https://www.a.nl')).toBe('external');
    expect(linkKind('/reparaties/nieuw')).toBe('relative');
    expect(linkKind('javascript:alert(1)')).toBe('invalid');
    expect(linkKind('mailto:a@b.nl')).toBe('invalid');
    expect(safeLink('ftp://a.nl')).toBeNull();
  });
});
