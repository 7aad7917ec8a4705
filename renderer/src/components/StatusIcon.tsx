import CancelRounded from '@mui/icons-material/CancelRounded';
import CheckCircleRounded from '@mui/icons-material/CheckCircleRounded';
import RadioButtonUncheckedRounded from '@mui/icons-material/RadioButtonUncheckedRounded';
import { styled } from '@mui/material/styles';
import { memo } from 'react';

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

const Wrap = styled('span')({ display: 'inline-flex', alignItems: 'center' });
const Hidden = styled('span')(visuallyHidden);

/**
 * A green tick, a red cross or an empty circle, with the meaning as text for screen readers (and as the
 * hover title): colour alone must never carry the status. Styled once and no MUI Tooltip per icon: a grid
 * page shows fifty of them, and per-icon tooltips and sx styles were most of the time to render the rows.
 */
export const StatusIcon = memo(function StatusIcon({ kind, label }: { kind: StatusKind; label: string }) {
  const Icon = kind === 'ok' ? CheckCircleRounded : kind === 'bad' ? CancelRounded : RadioButtonUncheckedRounded;
  const color = kind === 'ok' ? 'success' : kind === 'bad' ? 'error' : 'disabled';
  return (
    <Wrap title={label} data-status={kind}>
      <Icon fontSize="small" color={color} aria-hidden />
      <Hidden>{label}</Hidden>
    </Wrap>
  );
});
