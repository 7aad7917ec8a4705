/**
 * Rebuilds an uploaded SVG from an allow-list, or refuses it. What it drops: scripts, foreignObject, style
 * elements, images, links, animation (which can set href), event attributes (on*), references outside the
 * file (href other than "#…", url() other than url(#…)), processing instructions and comments. What it
 * refuses: a DOCTYPE or entity declaration (entity expansion), unknown entities, anything that is not
 * well-formed XML, and a root that is not <svg>. The output is written from the parsed tokens with every
 * value escaped again, so nothing the parser did not understand reaches the portal.
 */

export class SvgRefused extends Error {}

const allowedElements = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'defs',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'use', 'symbol', 'title', 'desc', 'pattern', 'filter',
  'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feFlood', 'feComposite', 'feMerge', 'feMergeNode',
]);

const allowedAttributes = new Set([
  'id', 'class', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'dx', 'dy', 'width', 'height',
  'viewBox', 'preserveAspectRatio', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width',
  'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset',
  'opacity', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'clip-path',
  'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'patternUnits', 'patternTransform', 'font-family',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'textLength',
  'visibility', 'display', 'color', 'vector-effect', 'shape-rendering', 'xmlns', 'xmlns:xlink', 'version', 'style',
  'href', 'xlink:href', 'filter', 'stdDeviation', 'in', 'in2', 'result', 'mode', 'values', 'type', 'operator',
  'flood-color', 'flood-opacity', 'filterUnits', 'role', 'aria-label', 'aria-hidden', 'focusable', 'xml:space',
]);

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{1,8});?/g, (whole, ent: string) => {
    if (ent.startsWith('#x')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    const v = namedEntities[ent];
    if (v === undefined || !whole.endsWith(';')) throw new SvgRefused(`onbekende entiteit &${ent};`);
    return v;
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** A value that could reach outside the file or run something. */
function unsafeValue(name: string, value: string): boolean {
  // Whitespace and control characters are dropped first ("java\tscript:" is still javascript:).
  const v = [...value].filter((ch) => ch.charCodeAt(0) > 0x20).join('').toLowerCase();
  if (name === 'href' || name === 'xlink:href') return !/^#[\w.-]+$/.test(value.trim());
  if (/javascript:|vbscript:|data:|expression\(|@import|behavior:|-moz-binding/.test(v)) return true;
  // url(#id) points inside the file; any other url() is an external reference.
  const urls = v.match(/url\(([^)]*)\)/g) ?? [];
  return urls.some((u) => !/^url\(['"]?#[\w.-]+['"]?\)$/.test(u));
}

interface Attr {
  name: string;
  value: string;
}

function parseAttributes(src: string): Attr[] {
  const out: Attr[] = [];
  const re = /\s+([A-Za-z_][-A-Za-z0-9_.]*(?::[A-Za-z_][-A-Za-z0-9_.]*)?)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new SvgRefused('ongeldig attribuut');
    out.push({ name: m[1] as string, value: decode(m[2] ?? m[3] ?? '') });
    pos = re.lastIndex;
  }
  return out;
}

export function sanitizeSvg(input: string): string {
  const src = input.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(src)) throw new SvgRefused('een DOCTYPE of entiteit-declaratie is niet toegestaan');
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<\/([A-Za-z][-A-Za-z0-9_.:]*)\s*>|<([A-Za-z][-A-Za-z0-9_.:]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const stack: { name: string; kept: boolean }[] = [];
  let out = '';
  let sawRoot = false;
  let rootClosed = false;
  const keeping = () => stack.every((e) => e.kept);
  for (let m = token.exec(src); m; m = token.exec(src)) {
    const [whole, cdata, closeName, openName, attrText, selfClose, text, stray] = m;
    if (stray !== undefined) throw new SvgRefused('geen geldige XML');
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (cdata !== undefined || text !== undefined) {
      const content = cdata ?? decode(text ?? '');
      if (stack.length === 0) {
        if (content.trim() !== '') throw new SvgRefused('tekst buiten het svg-element');
        continue;
      }
      if (keeping()) out += escapeText(content);
      continue;
    }
    if (closeName !== undefined) {
      const top = stack.pop();
      if (!top || top.name !== closeName) throw new SvgRefused('elementen niet goed genest');
      if (top.kept && keeping()) out += `</${closeName}>`;
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    if (openName !== undefined) {
      if (rootClosed) throw new SvgRefused('meer dan één hoofdelement');
      if (!sawRoot && openName !== 'svg') throw new SvgRefused('het hoofdelement is geen <svg>');
      sawRoot = true;
      const kept = allowedElements.has(openName);
      const attrs = parseAttributes(attrText ?? '');
      if (kept && keeping()) {
        const safe = attrs.filter((a) => allowedAttributes.has(a.name) && !a.name.toLowerCase().startsWith('on') && !unsafeValue(a.name, a.value));
        out += `<${openName}${safe.map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('')}${selfClose ? '/>' : '>'}`;
      }
      if (!selfClose) stack.push({ name: openName, kept });
      else if (stack.length === 0) rootClosed = true;
    }
  }
  if (!sawRoot || stack.length > 0) throw new SvgRefused('onvolledig svg-bestand');
  return out;
}
