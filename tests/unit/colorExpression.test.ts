import { describe, expect, it } from 'vitest';
import { checkColor, contrastRatio, formatColorExpression, parseColorExpression } from '../../shared/domain/colorExpression';
import { contrastPairs, defaultColors } from '../../shared/domain/themeSlots';
import { sanitizeSvg, SvgRefused } from '../../server/theme/svgSanitizer';

describe('colour expression grammar', () => {
  it('re-writes what it accepts from the parse tree (the only text Sass ever gets)', () => {
    expect(formatColorExpression(parseColorExpression('  DARKEN( #FFF ,10% ) '))).toBe('darken(#fff, 10%)');
    expect(formatColorExpression(parseColorExpression('mix(RebeccaPurple, rgba(0,0,0,.5), 30)'))).toBe('mix(rebeccapurple, rgba(0, 0, 0, 0.5), 30)');
  });

  it.each([
    ['red; @import "x"', 'onverwacht teken'],
    ['#{$x}', 'onverwacht teken'],
    ['red blue', 'meer dan één kleur'],
    ['url(x)', 'onbekende functie url()'],
    ['darken(#fff)', 'verkeerde argumenten'],
    ['darken(#fff, 150%)', 'ligt niet tussen'],
    ['transparentize(red, 30%)', 'verkeerde eenheid'],
    ['rgb(10deg, 0, 0)', 'verkeerde eenheid'],
    ['notacolor', 'onbekende kleurnaam'],
    ['#12345', 'onverwacht teken'],
    ['', 'leeg'],
    [`darken(${'lighten('.repeat(8)}#fff, 1%)${', 1%)'.repeat(8)}, 1%)`, 'te diep genest'],
  ])('refuses %j (%s)', (input, reason) => {
    const c = checkColor(input);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toContain(reason);
  });

  it('the demo colours pass their own contrast pairs', () => {
    for (const p of contrastPairs) {
      const fg = checkColor(defaultColors[String(p.fg)] ?? '');
      const bg = checkColor(defaultColors[String(p.bg)] ?? '');
      if (!fg.ok || !bg.ok) throw new Error('demo colour does not parse');
      expect(contrastRatio(fg.rgba, bg.rgba), `${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(p.min);
    }
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(contrastRatio(white, { r: 0, g: 0, b: 0, a: 1 })).toBeCloseTo(21, 5);
  });
});

describe('SVG sanitiser', () => {
  it('keeps shapes and drops what could run or reach outside', () => {
    const out = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><g><rect width="1" style="fill:url(#a)"/><script>x()</script></g></svg>');
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg"><g><rect width="1" style="fill:url(#a)"/></g></svg>');
    expect(sanitizeSvg('<svg><use href="&#x6a;avascript:x()"/><use xlink:href="#ok"/></svg>')).toBe('<svg><use/><use xlink:href="#ok"/></svg>');
  });

  it.each(['<html/>', '<svg><g></svg>', '<svg></svg><svg></svg>', '<!DOCTYPE svg><svg/>', '<svg>&bogus;</svg>', 'text<svg/>'])('refuses %j', (input) => {
    expect(() => sanitizeSvg(input)).toThrow(SvgRefused);
  });
});
