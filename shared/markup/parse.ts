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

/** What an inline span sits in: the same construct never nests in itself, and a link never holds a link. */
interface Within {
  bold?: boolean;
  italic?: boolean;
  link?: boolean;
}

// Bounded link parts: a "[" or "<" without its close costs at most this much look-ahead, so a long text
// full of them stays linear (the text of a named link is short anyway; URLs are at most 2000 characters).
const NAMED_LINK = /^\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/;
const ANGLE_LINK = /^<(https?:\/\/[^<>\s]{1,2000})>/i;
const PAREN_LINK = /^\((https?:\/\/[^()\s]{1,2000})\)/i;

/** Inline constructs of one line (or of a span inside one). */
export function parseInline(text: string, within: Within = {}): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  const closers = italicClosers(text);
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '*' && !within.bold && text[i + 1] === '*') {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'bold', children: parseInline(text.slice(i + 2, end), { ...within, bold: true }) });
        i = end + 2;
        continue;
      }
    }
    if (c === '*' && !within.italic && text[i + 1] !== '*' && i + 1 < text.length && !/\s/.test(text[i + 1] ?? '')) {
      const end = closers.after(i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'italic', children: parseInline(text.slice(i + 1, end), { ...within, italic: true }) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[' && !within.link) {
      const named = NAMED_LINK.exec(text.slice(i, i + 2600));
      const link = named ? safeLink(named[2] ?? '') : null;
      if (named && link) {
        flush();
        out.push({ type: 'link', href: link.href, external: link.external, children: parseInline(named[1] ?? '', { ...within, link: true }) });
        i += named[0].length;
        continue;
      }
    }
    if ((c === '<' || c === '(') && !within.link) {
      // Only absolute http(s) URLs are shown as themselves: "<script>" or "</b>" stays text, not a relative link.
      const auto = (c === '<' ? ANGLE_LINK : PAREN_LINK).exec(text.slice(i, i + 2100));
      const link = auto ? safeLink(auto[1] ?? '') : null;
      if (auto && link) {
        flush();
        out.push({ type: 'link', href: link.href, external: link.external, children: [{ type: 'text', text: auto[1] ?? '' }] });
        i += auto[0].length;
        continue;
      }
    }
    plain += c;
    i += 1;
  }
  flush();
  return out;
}

/**
 * Where an italic span may close: a single "*" not preceded by whitespace. A search starts just after an
 * opening star, on a non-star, so it meets every run of stars from its start; "**" pairs in a run are skipped,
 * which leaves the last star of an odd run. Found once per text (linear), then looked up per opening star.
 */
function italicClosers(text: string): { after: (from: number) => number } {
  const positions: number[] = [];
  let j = 0;
  while (j < text.length) {
    if (text[j] !== '*') {
      j += 1;
      continue;
    }
    let end = j;
    while (text[end + 1] === '*') end += 1;
    const run = end - j + 1;
    if (run % 2 === 1 && (run > 1 || !/\s/.test(text[j - 1] ?? ''))) positions.push(end);
    j = end + 1;
  }
  let k = 0;
  return {
    // Openings are met left to right, so one forward pointer serves them all.
    after: (from) => {
      while (k < positions.length && (positions[k] ?? 0) < from) k += 1;
      return positions[k] ?? -1;
    },
  };
}
