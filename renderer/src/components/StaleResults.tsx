import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

// Dimmed only after a short delay: rows that are stale for a few milliseconds while typing must not flicker.
const dimmed = { opacity: 0.45, transition: 'opacity 120ms linear 120ms' } as const;
const clear = { opacity: 1 } as const;

/**
 * Rows that do not (yet) answer the term as typed: dimmed and marked busy. The gate (freshResults.ts)
 * keeps keys and clicks off them; this shows that they are not to be acted on.
 */
export function StaleResults({ stale, children, testId }: { stale: boolean; children: ReactNode; testId?: string }) {
  return (
    <Box aria-busy={stale} data-stale={stale ? 'true' : 'false'} data-testid={testId} sx={stale ? dimmed : clear}>
      {children}
    </Box>
  );
}

/** "Zoeken…" while the rows on screen are stale; keeps its place so the layout does not jump. */
export function SearchingNote({ stale, testId }: { stale: boolean; testId: string }) {
  const t = useT();
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      component="span"
      data-testid={testId}
      data-searching={stale ? 'true' : 'false'}
      aria-hidden={!stale}
      sx={{ visibility: stale ? 'visible' : 'hidden', ml: 2 }}
    >
      {t('common.searching')}
    </Typography>
  );
}
