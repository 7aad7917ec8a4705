import { safeLink } from './url';

/**
 * The portal's text markup (seed 001 §4.11): **vet**, *cursief*, a line starting with "*" is a bullet,
 * <url> or (url) a clickable URL, [naam](url) a named link. Parsed into a tree that renderers walk; no
 * input ever becomes HTML by itself. Anything that does not close or does not check out stays plain text.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'italic'; children: Inline[] }
  | { type: 'link'; href: string; external: boolean; children: Inline[] };

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][] };

const BULLET = /^\s*\*(?!\*)\s*(.*)$/;

function isBulletLine(line: string): boolean {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('*') || trimmed.startsWith('**')) return false;
  // "* item" is always a bullet; "*item" is one unless a second "*" closes it as italic on the same line.
  if (/^\*\s/.test(trimmed)) return true;
  return !trimmed.slice(1).includes('*');
}

export function parseMarkup(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: Inline[][] | null = null;
  const close = () => {
    if (paragraph) blocks.push({ type: 'paragraph', lines: paragraph });
    if (list) blocks.push({ type: 'list', items: list });
    paragraph = null;
    list = null;
  };
  for (const line of lines) {
    if (line.trim() === '') {
      close();
      continue;
    }
    if (isBulletLine(line)) {
      if (paragraph) close();
      list ??= [];
      list.push(parseInline(BULLET.exec(line)?.[1] ?? ''));
    } else {
      if (list) close();
      paragraph ??= [];
      paragraph.push(parseInline(line.trim()));
    }
  }
  close();
  return blocks;
}

/** Inline constructs; `inBold`/`inItalic` stop nesting the same construct in itself. */
export function parseInline(text: string, inBold = false, inItalic = false): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (!inBold && rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'bold', children: parseInline(text.slice(i + 2, end), true, inItalic) });
        i = end + 2;
        continue;
      }
    }
    if (!inItalic && rest.startsWith('*') && !rest.startsWith('**') && rest.length > 1 && !/\s/.test(rest[1] ?? '')) {
      const end = findItalicEnd(text, i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'italic', children: parseInline(text.slice(i + 1, end), inBold, true) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('[')) {
      const named = /^\[([^\]\n]+)\]\(([^()\s]+)\)/.exec(rest);
      const link = named ? safeLink(named[2] ?? '') : null;
      if (named && link) {
        flush();
        out.push({ type: 'link', href: link.href, external: link.external, children: parseInline(named[1] ?? '', inBold, inItalic) });
        i += named[0].length;
        continue;
      }
    }
    if (rest.startsWith('<') || rest.startsWith('(')) {
      const close = rest.startsWith('<') ? '>' : ')';
      // Only absolute http(s) URLs are shown as themselves: "<script>" or "</b>" stays text, not a relative link.
      const auto = close === '>' ? /^<(https?:\/\/[^<>\s]+)>/i.exec(rest) : /^\((https?:\/\/[^()\s]+)\)/i.exec(rest);
      const link = auto ? safeLink(auto[1] ?? '') : null;
      if (auto && link) {
        flush();
        out.push({ type: 'link', href: link.href, external: link.external, children: [{ type: 'text', text: auto[1] ?? '' }] });
        i += auto[0].length;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return out;
}

/** The closing "*" of an italic span: a single star (not part of "**") not preceded by a space. */
function findItalicEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '*') continue;
    if (text[j + 1] === '*') {
      j += 1;
      continue;
    }
    if (/\s/.test(text[j - 1] ?? '')) continue;
    return j;
  }
  return -1;
}
