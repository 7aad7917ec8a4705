import { Box, Link, type SxProps, type Theme } from '@mui/material';
import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkup, type Block, type Inline } from '../../../shared/markup';

function inline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'bold':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'italic':
        return <em key={i}>{inline(n.children)}</em>;
      case 'link':
        return n.external ? (
          <Link key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {inline(n.children)}
          </Link>
        ) : (
          <Link key={i} href={n.href}>
            {inline(n.children)}
          </Link>
        );
    }
  });
}

/**
 * The portal's text markup as React elements, from the same parser the server renders with (shared/markup):
 * never innerHTML, so nothing typed can become a tag or an attribute.
 */
export function MarkupView({ markup, blocks: given, sx }: { markup?: string; blocks?: readonly Block[]; sx?: SxProps<Theme> }) {
  // `blocks`: already parsed (a mail template with its placeholders filled in after parsing).
  const blocks = useMemo(() => given ?? parseMarkup(markup ?? ''), [given, markup]);
  return (
    <Box sx={[{ '& p': { mt: 0, mb: 1 }, '& ul': { mt: 0, mb: 1, pl: 3 } }, ...(Array.isArray(sx) ? sx : [sx])]} data-testid="markup-view">
      {blocks.map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i}>
            {b.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(line)}
              </Fragment>
            ))}
          </p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </Box>
  );
}
