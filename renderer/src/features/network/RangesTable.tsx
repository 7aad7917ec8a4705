import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Chip, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip } from '@mui/material';
import type { IpRange } from '../../../../shared/api/ipRanges';
import { rangeContains } from '../../../../shared/domain/cidr';
import { useT } from '../../i18n';

export interface RangesTableProps {
  ranges: readonly IpRange[];
  myAddress: string | null;
  onEdit: (range: IpRange) => void;
  onDelete: (range: IpRange) => void;
}

/** The ranges (a short list: a plain table, every action a focusable button with a spoken label). */
export function RangesTable({ ranges, myAddress, onEdit, onDelete }: RangesTableProps) {
  const t = useT();
  const yesNo = (v: boolean) => t(v ? 'network.yes' : 'network.no');
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('network.table.label')} data-testid="ranges-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('network.col.cidr')}</TableCell>
            <TableCell>{t('network.col.admin')}</TableCell>
            <TableCell>{t('network.col.kcc')}</TableCell>
            <TableCell>{t('network.col.description')}</TableCell>
            <TableCell align="right">{t('network.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ranges.map((r) => (
            <TableRow key={r.id} hover data-testid="range-row" data-cidr={r.cidr}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                {r.cidr}
                {myAddress && rangeContains(r.cidr, myAddress) && (
                  <Chip size="small" color="primary" variant="outlined" label={t('network.me.chip')} sx={{ ml: 1, fontFamily: 'inherit' }} />
                )}
              </TableCell>
              <TableCell>{yesNo(r.admin)}</TableCell>
              <TableCell>{yesNo(r.kcc)}</TableCell>
              <TableCell sx={{ color: r.description ? undefined : 'text.disabled' }}>{r.description || '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Tooltip title={t('network.edit.label', { cidr: r.cidr })}>
                  <IconButton size="small" aria-label={t('network.edit.label', { cidr: r.cidr })} onClick={() => onEdit(r)}>
                    <EditOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title={t('network.delete.label', { cidr: r.cidr })}>
                  <IconButton size="small" aria-label={t('network.delete.label', { cidr: r.cidr })} onClick={() => onDelete(r)}>
                    <DeleteOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
