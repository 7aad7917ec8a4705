export { parseMarkup, parseInline, type Block, type Inline } from './parse';
export { escapeHtml, markupToHtml, markupToText } from './render';
export { linkKind, safeLink, type SafeLink } from './url';
