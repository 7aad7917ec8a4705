import { Box, LinearProgress } from '@mui/material';

/**
 * A thin bar while a list is being fetched again (new term, page or sort), outside the memoised grid:
 * the grid then re-renders once per answer instead of also when a request starts (measured: that extra
 * Data Grid render was a large part of the time from the last keystroke to the rows).
 */
export function ListBusy({ busy, testId }: { busy: boolean; testId: string }) {
  return (
    <Box sx={{ height: 4, mt: '4px !important' }} data-testid={testId} data-loading={busy ? 'true' : 'false'}>
      {busy && <LinearProgress aria-hidden />}
    </Box>
  );
}
