import { Chip } from '@mui/material';
import type { WeborderStatus } from '../../../../shared/domain/weborderStatus';
import { useT } from '../../i18n';

const colors: Record<WeborderStatus, 'default' | 'info' | 'primary' | 'success' | 'error' | 'warning'> = {
  pending: 'default',
  budget_approved: 'info',
  cjp_approved: 'primary',
  paid: 'success',
  rejected: 'error',
  error: 'warning',
};

/** A weborder's status in words, coloured by how far it got. */
export function StatusChip({ status }: { status: WeborderStatus }) {
  const t = useT();
  return <Chip size="small" variant="outlined" color={colors[status]} label={t(`weborders.status.${status}`)} />;
}
