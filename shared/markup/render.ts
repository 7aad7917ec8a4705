import { parseMarkup, type Block, type Inline } from './parse';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.text);
        case 'bold':
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case 'italic':
          return `<em>${inlineHtml(n.children)}</em>`;
        case 'link':
          return n.external
            ? `<a href="${escapeHtml(n.href)}" target="_blank" rel="noopener noreferrer">${inlineHtml(n.children)}</a>`
            : `<a href="${escapeHtml(n.href)}">${inlineHtml(n.children)}</a>`;
      }
    })
    .join('');
}

/** HTML for the portal, mails and previews. Every character of the input is escaped; only our own tags appear. */
export function markupToHtml(source: string | readonly Block[]): string {
  const blocks = typeof source === 'string' ? parseMarkup(source) : source;
  return blocks
    .map((b) =>
      b.type === 'paragraph'
        ? `<p>${b.lines.map(inlineHtml).join('<br>')}</p>`
        : `<ul>${b.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      if (n.type === 'link') {
        const label = inlineText(n.children);
        return label === n.href ? n.href : `${label} (${n.href})`;
      }
      return inlineText(n.children);
    })
    .join('');
}

/** Plain text (the text part of a mail, snippets): markers removed, a named link followed by its URL. */
export function markupToText(source: string | readonly Block[]): string {
  const blocks = typeof source === 'string' ? parseMarkup(source) : source;
  return blocks
    .map((b) => (b.type === 'paragraph' ? b.lines.map(inlineText).join('\n') : b.items.map((i) => `• ${inlineText(i)}`).join('\n')))
    .join('\n\n');
}
