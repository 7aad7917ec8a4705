import { colorsNamed } from 'culori';

/**
 * One colour slot of the portal theme holds ONE Sass colour expression (seed 001 §4.7.2): a hex colour,
 * rgb()/rgba()/hsl()/hsla(), a CSS colour name, or a Sass colour function (darken, lighten, saturate,
 * desaturate, mix, rgba, adjust-hue, transparentize, opacify) with nested colour expressions and number or
 * percent arguments. This strict grammar is the gate before anything reaches the Sass compiler: only what it
 * parses is accepted, and the compiler is given the expression re-written from the parse tree (never the raw
 * text), so `red; @import "x"` or `#{...}` cannot reach Sass. The same tree is evaluated here (Sass's own
 * rules) for the live preview and the contrast badges, without a compile per keystroke.
 */

export type ColorNode =
  | { kind: 'hex'; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; fn: ColorFunction; args: ArgNode[] };

export type ArgNode = ColorNode | { kind: 'number'; value: number; unit: '' | '%' | 'deg' };

export const colorFunctions = [
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'darken',
  'lighten',
  'saturate',
  'desaturate',
  'mix',
  'adjust-hue',
  'transparentize',
  'opacify',
] as const;
export type ColorFunction = (typeof colorFunctions)[number];

export const MAX_EXPRESSION_LENGTH = 200;
const MAX_DEPTH = 6;

/** An RGB colour with channels 0–255 (not rounded) and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export class ColorSyntaxError extends Error {}

type Token =
  | { t: 'hex'; text: string }
  | { t: 'ident'; text: string }
  | { t: 'num'; value: number; unit: '' | '%' | 'deg' }
  | { t: '(' }
  | { t: ')' }
  | { t: ',' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: ch });
      i++;
      continue;
    }
    const rest = src.slice(i);
    const hex = /^#([0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{4}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_-])/.exec(rest);
    if (hex) {
      out.push({ t: 'hex', text: hex[0].toLowerCase() });
      i += hex[0].length;
      continue;
    }
    const num = /^(-?(?:\d{1,4}(?:\.\d{1,6})?|\.\d{1,6}))(%|deg)?(?![0-9a-zA-Z_.-])/.exec(rest);
    if (num) {
      out.push({ t: 'num', value: Number(num[1]), unit: (num[2] ?? '') as '' | '%' | 'deg' });
      i += num[0].length;
      continue;
    }
    const ident = /^[a-zA-Z][a-zA-Z-]{0,30}(?![0-9a-zA-Z_])/.exec(rest);
    if (ident) {
      out.push({ t: 'ident', text: ident[0].toLowerCase() });
      i += ident[0].length;
      continue;
    }
    throw new ColorSyntaxError(`onverwacht teken "${ch}"`);
  }
  return out;
}

const isName = (name: string) => name === 'transparent' || Object.hasOwn(colorsNamed, name);
const isFunction = (name: string): name is ColorFunction => (colorFunctions as readonly string[]).includes(name);

/** Parses one colour expression, or throws ColorSyntaxError with a short Dutch reason. */
export function parseColorExpression(input: string): ColorNode {
  const src = input.trim();
  if (src === '') throw new ColorSyntaxError('leeg');
  if (src.length > MAX_EXPRESSION_LENGTH) throw new ColorSyntaxError(`langer dan ${MAX_EXPRESSION_LENGTH} tekens`);
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const expect = (t: '(' | ')' | ',') => {
    const tok = tokens[pos];
    if (!tok || tok.t !== t) throw new ColorSyntaxError(`"${t}" verwacht`);
    pos++;
  };

  function arg(depth: number): ArgNode {
    const tok = peek();
    if (tok?.t === 'num') {
      pos++;
      return { kind: 'number', value: tok.value, unit: tok.unit };
    }
    return color(depth);
  }

  function color(depth: number): ColorNode {
    if (depth > MAX_DEPTH) throw new ColorSyntaxError('te diep genest');
    const tok = tokens[pos++];
    if (!tok) throw new ColorSyntaxError('kleur verwacht');
    if (tok.t === 'hex') return { kind: 'hex', text: tok.text };
    if (tok.t !== 'ident') throw new ColorSyntaxError('kleur verwacht');
    if (peek()?.t === '(') {
      if (!isFunction(tok.text)) throw new ColorSyntaxError(`onbekende functie ${tok.text}()`);
      expect('(');
      const args: ArgNode[] = [arg(depth + 1)];
      while (peek()?.t === ',') {
        pos++;
        args.push(arg(depth + 1));
      }
      expect(')');
      const node: ColorNode = { kind: 'call', fn: tok.text, args };
      checkSignature(node);
      return node;
    }
    if (!isName(tok.text)) throw new ColorSyntaxError(`onbekende kleurnaam "${tok.text}"`);
    return { kind: 'name', name: tok.text };
  }

  const node = color(0);
  if (pos !== tokens.length) throw new ColorSyntaxError('meer dan één kleur');
  return node;
}

type Kind = 'c' | 'n';
const kindOf = (a: ArgNode): Kind => (a.kind === 'number' ? 'n' : 'c');

/** The argument shapes each function takes (c: a colour, n: a number), checked at parse time. */
const signatures: Record<ColorFunction, Kind[][]> = {
  rgb: [['n', 'n', 'n']],
  rgba: [['n', 'n', 'n', 'n'], ['c', 'n']],
  hsl: [['n', 'n', 'n']],
  hsla: [['n', 'n', 'n', 'n']],
  darken: [['c', 'n']],
  lighten: [['c', 'n']],
  saturate: [['c', 'n']],
  desaturate: [['c', 'n']],
  mix: [['c', 'c'], ['c', 'c', 'n']],
  'adjust-hue': [['c', 'n']],
  transparentize: [['c', 'n']],
  opacify: [['c', 'n']],
};

function checkSignature(node: Extract<ColorNode, { kind: 'call' }>): void {
  const kinds = node.args.map(kindOf).join('');
  if (!signatures[node.fn].some((s) => s.join('') === kinds)) {
    throw new ColorSyntaxError(`${node.fn}() met verkeerde argumenten`);
  }
  node.args.forEach((a, i) => {
    if (a.kind !== 'number') return;
    const range = argumentRange(node.fn, i, node.args.length);
    if (!range.units.includes(a.unit)) throw new ColorSyntaxError(`${node.fn}(): ${a.value}${a.unit} heeft een verkeerde eenheid`);
    const [lo, hi] = a.unit === '%' ? [0, 100] : range.plain;
    if (a.value < lo || a.value > hi) throw new ColorSyntaxError(`${node.fn}(): ${a.value}${a.unit} ligt niet tussen ${lo} en ${hi}`);
  });
}

type Unit = '' | '%' | 'deg';
/** Units and plain-number range of each numeric argument (Sass refuses amounts outside them). */
function argumentRange(fn: ColorFunction, index: number, count: number): { units: Unit[]; plain: [number, number] } {
  const any: [number, number] = [-360_000, 360_000];
  const alphaArg = { units: ['', '%'] as Unit[], plain: [0, 1] as [number, number] };
  switch (fn) {
    case 'rgb':
    case 'rgba':
      if (count === 2 || index === 3) return alphaArg;
      return { units: ['', '%'], plain: [0, 255] };
    case 'hsl':
    case 'hsla':
      if (index === 0) return { units: ['', 'deg'], plain: any };
      if (index === 3) return alphaArg;
      return { units: ['', '%'], plain: [0, 100] };
    case 'adjust-hue':
      return { units: ['', 'deg'], plain: any };
    case 'transparentize':
    case 'opacify':
      return { units: [''], plain: [0, 1] };
    default:
      // darken, lighten, saturate, desaturate: an amount; mix: its weight.
      return { units: ['', '%'], plain: [0, 100] };
  }
}

/** The expression written back from its parse tree: what the Sass compiler gets (canonical, nothing else). */
export function formatColorExpression(node: ArgNode): string {
  switch (node.kind) {
    case 'hex':
      return node.text;
    case 'name':
      return node.name;
    case 'number':
      return `${node.value}${node.unit}`;
    case 'call':
      return `${node.fn}(${node.args.map(formatColorExpression).join(', ')})`;
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function hexToRgba(text: string): Rgba {
  const h = text.slice(1);
  const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
  const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
}

interface Hsl {
  h: number;
  s: number;
  l: number;
}

function rgbToHsl({ r, g, b }: Rgba): Hsl {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const d = max - min;
  const l = (max + min) / 2;
  let h = 0;
  if (d !== 0) {
    if (max === R) h = ((G - B) / d) % 6;
    else if (max === G) h = (B - R) / d + 2;
    else h = (R - G) / d + 4;
    h *= 60;
  }
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  return { h: (h + 360) % 360, s: s * 100, l: l * 100 };
}

function hslToRgb(h: number, s: number, l: number, a: number): Rgba {
  const H = (((h % 360) + 360) % 360) / 360;
  const S = clamp(s, 0, 100) / 100;
  const L = clamp(l, 0, 100) / 100;
  const m2 = L <= 0.5 ? L * (S + 1) : L + S - L * S;
  const m1 = L * 2 - m2;
  const hue = (x: number) => {
    const t = x < 0 ? x + 1 : x > 1 ? x - 1 : x;
    if (t * 6 < 1) return m1 + (m2 - m1) * t * 6;
    if (t * 2 < 1) return m2;
    if (t * 3 < 2) return m1 + (m2 - m1) * (2 / 3 - t) * 6;
    return m1;
  };
  return { r: hue(H + 1 / 3) * 255, g: hue(H) * 255, b: hue(H - 1 / 3) * 255, a: clamp(a, 0, 1) };
}

const channel = (n: ArgNode) => (n.kind === 'number' ? (n.unit === '%' ? (n.value * 255) / 100 : n.value) : 0);
const percent = (n: ArgNode) => (n.kind === 'number' ? n.value : 0);
const alpha = (n: ArgNode) => (n.kind === 'number' ? (n.unit === '%' ? n.value / 100 : n.value) : 1);

/** Evaluates an expression as Sass does (its legacy colour functions), to RGBA. */
export function evaluateColor(node: ColorNode): Rgba {
  switch (node.kind) {
    case 'hex':
      return hexToRgba(node.text);
    case 'name': {
      if (node.name === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
      const value = (colorsNamed as Record<string, number>)[node.name] ?? 0;
      return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255, a: 1 };
    }
    case 'call':
      return evaluateCall(node.fn, node.args);
  }
}

function colorArg(a: ArgNode | undefined): Rgba {
  if (!a || a.kind === 'number') return { r: 0, g: 0, b: 0, a: 1 };
  return evaluateColor(a);
}

function adjustHsl(c: Rgba, f: (hsl: Hsl) => Hsl): Rgba {
  const next = f(rgbToHsl(c));
  return hslToRgb(next.h, next.s, next.l, c.a);
}

function evaluateCall(fn: ColorFunction, args: ArgNode[]): Rgba {
  const [a0, a1, a2, a3] = args;
  const n1 = a1 ? percent(a1) : 0;
  switch (fn) {
    case 'rgb':
    case 'rgba':
      if (a0 && a0.kind !== 'number') return { ...colorArg(a0), a: clamp(alpha(a1 ?? { kind: 'number', value: 1, unit: '' }), 0, 1) };
      return {
        r: clamp(channel(a0 ?? { kind: 'number', value: 0, unit: '' }), 0, 255),
        g: clamp(channel(a1 ?? { kind: 'number', value: 0, unit: '' }), 0, 255),
        b: clamp(channel(a2 ?? { kind: 'number', value: 0, unit: '' }), 0, 255),
        a: a3 ? clamp(alpha(a3), 0, 1) : 1,
      };
    case 'hsl':
    case 'hsla':
      return hslToRgb(a0 ? percent(a0) : 0, a1 ? percent(a1) : 0, a2 ? percent(a2) : 0, a3 ? alpha(a3) : 1);
    case 'darken':
      return adjustHsl(colorArg(a0), (h) => ({ ...h, l: clamp(h.l - n1, 0, 100) }));
    case 'lighten':
      return adjustHsl(colorArg(a0), (h) => ({ ...h, l: clamp(h.l + n1, 0, 100) }));
    case 'saturate':
      return adjustHsl(colorArg(a0), (h) => ({ ...h, s: clamp(h.s + n1, 0, 100) }));
    case 'desaturate':
      return adjustHsl(colorArg(a0), (h) => ({ ...h, s: clamp(h.s - n1, 0, 100) }));
    case 'adjust-hue':
      return adjustHsl(colorArg(a0), (h) => ({ ...h, h: h.h + n1 }));
    case 'transparentize': {
      const c = colorArg(a0);
      return { ...c, a: clamp(c.a - alpha(a1 ?? { kind: 'number', value: 0, unit: '' }), 0, 1) };
    }
    case 'opacify': {
      const c = colorArg(a0);
      return { ...c, a: clamp(c.a + alpha(a1 ?? { kind: 'number', value: 0, unit: '' }), 0, 1) };
    }
    case 'mix': {
      // Sass's mix(): the weight is shifted by the difference in opacity of the two colours.
      const c1 = colorArg(a0);
      const c2 = colorArg(a1);
      const p = (a2 ? percent(a2) : 50) / 100;
      const w = p * 2 - 1;
      const da = c1.a - c2.a;
      const combined = w * da === -1 ? w : (w + da) / (1 + w * da);
      const w1 = (combined + 1) / 2;
      const w2 = 1 - w1;
      return { r: c1.r * w1 + c2.r * w2, g: c1.g * w1 + c2.g * w2, b: c1.b * w1 + c2.b * w2, a: c1.a * p + c2.a * (1 - p) };
    }
  }
}

/** A colour as CSS text the browser takes: `rgba(r, g, b, a)` with rounded channels. */
export function rgbaCss(c: Rgba): string {
  const r = (x: number) => Math.round(clamp(x, 0, 255));
  return `rgba(${r(c.r)}, ${r(c.g)}, ${r(c.b)}, ${Math.round(clamp(c.a, 0, 1) * 1000) / 1000})`;
}

/** `#rrggbb` (alpha dropped), e.g. for a colour picker. */
export function rgbHex(c: Rgba): string {
  const h = (x: number) => Math.round(clamp(x, 0, 255)).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

export type ColorCheck = { ok: true; node: ColorNode; rgba: Rgba; canonical: string } | { ok: false; reason: string };

/** Parses and evaluates: what a form and the server both ask of a slot value. */
export function checkColor(input: string): ColorCheck {
  try {
    const node = parseColorExpression(input);
    return { ok: true, node, rgba: evaluateColor(node), canonical: formatColorExpression(node) };
  } catch (e) {
    if (e instanceof ColorSyntaxError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Relative luminance (WCAG 2.x) of an opaque colour. */
function luminance(c: Rgba): number {
  const lin = (x: number) => {
    const v = clamp(x, 0, 255) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** Puts a translucent colour over an opaque one (what the eye sees). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = clamp(top.a, 0, 1);
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** WCAG contrast ratio of a foreground on a background (a translucent background is put on white first). */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const back = over(bg, white);
  const front = over(fg, back);
  const [l1, l2] = [luminance(front), luminance(back)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
