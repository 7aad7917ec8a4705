import CancelRounded from '@mui/icons-material/CancelRounded';
import CheckCircleRounded from '@mui/icons-material/CheckCircleRounded';
import RadioButtonUncheckedRounded from '@mui/icons-material/RadioButtonUncheckedRounded';
import { Box, Tooltip } from '@mui/material';

/** Off-screen but read aloud (the usual clip pattern). */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

export type StatusKind = 'ok' | 'bad' | 'none';

/**
 * A green tick, a red cross or an empty circle, with the meaning as text for screen readers (and as a
 * tooltip): colour alone must never carry the status.
 */
export function StatusIcon({ kind, label }: { kind: StatusKind; label: string }) {
  const Icon = kind === 'ok' ? CheckCircleRounded : kind === 'bad' ? CancelRounded : RadioButtonUncheckedRounded;
  const color = kind === 'ok' ? 'success' : kind === 'bad' ? 'error' : 'disabled';
  return (
    <Tooltip title={label}>
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }} data-status={kind}>
        <Icon fontSize="small" color={color} aria-hidden />
        <Box component="span" sx={visuallyHidden}>
          {label}
        </Box>
      </Box>
    </Tooltip>
  );
}
