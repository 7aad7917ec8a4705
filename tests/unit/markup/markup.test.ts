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
    '[x](javascript&#58;alert(1))',
    '[x](https://a.nl/"><script>alert(1)</script>)',
    '<https://a.nl/"onmouseover="alert(1)>',
    '[<img src=x onerror=alert(1)>](https://a.nl)',
    '*<svg onload=alert(1)>*',
    '[x](\u0000javascript:alert(1))',
    '[x](%6A%61vascript:alert(1))',
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

  it('renders every construct on its own', () => {
    const cases: [string, string][] = [
      ['**vet**', '<p><strong>vet</strong></p>'],
      ['*cursief*', '<p><em>cursief</em></p>'],
      ['*punt', '<ul><li>punt</li></ul>'],
      ['* punt met spatie', '<ul><li>punt met spatie</li></ul>'],
      ['  * ingesprongen punt', '<ul><li>ingesprongen punt</li></ul>'],
      ['<https://a.nl/x>', '<p><a href="https://a.nl/x" target="_blank" rel="noopener noreferrer">https://a.nl/x</a></p>'],
      ['(http://a.nl)', '<p><a href="http://a.nl/" target="_blank" rel="noopener noreferrer">http://a.nl</a></p>'],
      ['[Mijn documenten](myDocuments)', '<p><a href="myDocuments">Mijn documenten</a></p>'],
      ['[Belastingdienst](https://www.belastingdienst.nl)', '<p><a href="https://www.belastingdienst.nl/" target="_blank" rel="noopener noreferrer">Belastingdienst</a></p>'],
    ];
    for (const [input, html] of cases) expect(markupToHtml(input), input).toBe(html);
  });

  it('nests: bold and italic in either order, both in a link and a list item; never a link in a link', () => {
    expect(markupToHtml('*schuin met **vet** erin*')).toBe('<p><em>schuin met <strong>vet</strong> erin</em></p>');
    expect(markupToHtml('[**vet** en *schuin*](/a)')).toBe('<p><a href="/a"><strong>vet</strong> en <em>schuin</em></a></p>');
    expect(markupToHtml('* **vet** punt met [link](/b)')).toBe('<ul><li><strong>vet</strong> punt met <a href="/b">link</a></li></ul>');
    const nested = markupToHtml('[<https://a.nl>](https://b.nl)');
    expect(nested.match(/<a /g)).toHaveLength(1);
    expect(nested).toContain('&lt;https://a.nl&gt;');
  });

  it('keeps malformed input as text', () => {
    const plain: [string, string][] = [
      ['**', '<p>**</p>'],
      ['****', '<p>****</p>'],
      ['* ', '<ul><li></li></ul>'],
      ['*niet dicht en * ook niet', '<p>*niet dicht en * ook niet</p>'],
      ['[naam zonder url]', '<p>[naam zonder url]</p>'],
      ['[naam](', '<p>[naam](</p>'],
      ['[](https://a.nl)', '<p>[]<a href="https://a.nl/" target="_blank" rel="noopener noreferrer">https://a.nl</a></p>'],
      ['<geen url>', '<p>&lt;geen url&gt;</p>'],
      ['<script>', '<p>&lt;script&gt;</p>'],
      ['</b>', '<p>&lt;/b&gt;</p>'],
      ['a < b > c & d', '<p>a &lt; b &gt; c &amp; d</p>'],
    ];
    for (const [input, html] of plain) expect(markupToHtml(input), input).toBe(html);
    expect(markupToHtml('')).toBe('');
    expect(markupToHtml('\r\n\r\n')).toBe('');
    expect(markupToHtml('a\r\nb')).toBe('<p>a<br>b</p>');
  });

  it('stays fast on long hostile input (each construct looks ahead a bounded distance)', () => {
    for (const input of ['*a '.repeat(3333), '[a'.repeat(5000), '<http://a'.repeat(1100), '**a '.repeat(2500)]) {
      const started = performance.now();
      expect(markupToText(input).length).toBeGreaterThan(0);
      // Generous: quadratic behaviour took seconds here; linear takes milliseconds.
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });

  it('tells an editor which kind of link a URL is', () => {
    expect(linkKind('https://www.a.nl')).toBe('external');
    expect(linkKind('/reparaties/nieuw')).toBe('relative');
    expect(linkKind('javascript:alert(1)')).toBe('invalid');
    expect(linkKind('mailto:a@b.nl')).toBe('invalid');
    expect(safeLink('ftp://a.nl')).toBeNull();
  });
});
