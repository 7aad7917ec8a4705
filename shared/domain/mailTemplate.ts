import { parseMarkup, safeLink, type Block, type Inline } from '../markup';
import { fillPlaceholders, placeholdersIn } from './placeholders';

// Letters only: valid in text, in a relative link and in an absolute URL, so the parser sees a placeholder
// where a link goes (`<{confirmationLink}>`, `[knop]({confirmationLink})`) exactly as it will see the value.
// A value that is an absolute http(s) URL gets a sentinel that is one too (the markup autolinks only those),
// with a path so URL normalisation leaves it as it is.
const sentinel = (i: number, value: string) => {
  const word = `kccph${String.fromCharCode(97 + (i % 26))}${i}x`;
  return /^https?:\/\//i.test(value) ? `https://kccph.invalid/${word}` : word;
};

/**
 * A mail template's body (portal markup) with its placeholders filled, as blocks for markupToHtml/markupToText
 * (server) and MarkupView (the app's preview). Values are put in after parsing: a customer's name can never
 * add bold, a bullet or a link. A link whose target is a placeholder gets the value, checked again as a link.
 */
export function renderTemplateBlocks(body: string, values: Readonly<Record<string, string>>): Block[] {
  const names = placeholdersIn(body);
  const bySentinel = new Map<string, string>();
  let source = body;
  names.forEach((name, i) => {
    const value = values[name];
    if (value === undefined) return;
    const s = sentinel(i, value);
    bySentinel.set(s, value);
    source = source.split(`{${name}}`).join(s);
  });
  const fill = (text: string) => {
    let out = text;
    for (const [s, v] of bySentinel) out = out.split(s).join(v);
    return out;
  };
  const inline = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((n): Inline => {
      switch (n.type) {
        case 'text':
          return { type: 'text', text: fill(n.text) };
        case 'bold':
        case 'italic':
          return { type: n.type, children: inline(n.children) };
        case 'link': {
          const href = fill(n.href);
          const link = safeLink(href);
          const children = inline(n.children);
          return link ? { type: 'link', href: link.href, external: link.external, children } : { type: 'text', text: children.map(plain).join('') };
        }
      }
    });
  return parseMarkup(source).map((b): Block =>
    b.type === 'paragraph' ? { type: 'paragraph', lines: b.lines.map(inline) } : { type: 'list', items: b.items.map(inline) },
  );
}

function plain(n: Inline): string {
  return n.type === 'text' ? n.text : n.children.map(plain).join('');
}

/** A subject line: plain text, placeholders filled, line breaks removed (a header must be one line). */
export function renderSubject(subject: string, values: Readonly<Record<string, string>>): string {
  return fillPlaceholders(subject, values).replace(/[\r\n]+/g, ' ').trim();
}
