import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One titled block of the customer view (a card like the portal's sections). */
export function Section({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1, minHeight: 32 }} spacing={1}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}
