import { Box } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { AuditEntry } from '../../../../shared/api/audit';
import type { List } from '../../../../shared/api/common';
import { gridLocaleText } from '../../components/gridSupport';
import { useI18n } from '../../i18n';
import { formatTimestamp } from '../../i18n/dates';
import { actionLabel } from './actionLabels';
import { roleLabel } from './roleLabel';

export interface AuditGridProps {
  data: List<AuditEntry> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPagination: (page: number, pageSize: number) => void;
  onOpen: (entry: AuditEntry) => void;
}

const dash = (v: string | null) => v ?? '—';

/** The log, newest first, paged by the server (no client sorting: the order of a log is its order). */
export function AuditGrid({ data, loading, page, pageSize, onPagination, onOpen }: AuditGridProps) {
  const { t, language } = useI18n();
  const columns: GridColDef<AuditEntry>[] = [
    { field: 'at', headerName: t('audit.col.at'), width: 158, valueFormatter: (v: string) => formatTimestamp(v, language) },
    { field: 'actor', headerName: t('audit.col.actor'), width: 120 },
    { field: 'roles', headerName: t('audit.col.roles'), flex: 1, minWidth: 140, valueGetter: (_v, row) => row.roles.map((r) => roleLabel(t, r)).join(', ') },
    { field: 'action', headerName: t('audit.col.action'), flex: 1, minWidth: 160, valueGetter: (_v, row) => actionLabel(row.action, language) },
    { field: 'target', headerName: t('audit.col.target'), flex: 0.8, minWidth: 110, valueGetter: (_v, row) => dash(row.target) },
    { field: 'customerNumber', headerName: t('audit.col.customerNumber'), width: 115, valueGetter: (_v, row) => dash(row.customerNumber) },
    { field: 'sourceAddress', headerName: t('audit.col.sourceAddress'), width: 130, cellClassName: 'mono' },
    {
      field: 'lookAlongSessionId',
      headerName: t('audit.col.lookAlong'),
      width: 125,
      // The id is long; its start is enough to tell sessions apart, the details show it whole.
      valueGetter: (_v, row) => (row.lookAlongSessionId ? `${row.lookAlongSessionId.slice(0, 8)}…` : '—'),
    },
  ];
  return (
    <Box data-testid="audit-grid" data-loading={loading ? 'true' : 'false'} sx={{ display: 'flex', flexDirection: 'column', minHeight: 300 }}>
      <DataGrid
        aria-label={t('audit.grid.label')}
        rows={data?.items ?? []}
        columns={columns}
        rowCount={data?.total ?? 0}
        loading={loading && !data}
        paginationMode="server"
        sortingMode="server"
        paginationModel={{ page, pageSize }}
        onPaginationModelChange={(m) => onPagination(m.page, m.pageSize)}
        pageSizeOptions={[25, 50, 100]}
        disableColumnMenu
        disableColumnFilter
        disableColumnSorting
        disableRowSelectionOnClick
        density="compact"
        localeText={{ ...gridLocaleText(language, false), noRowsLabel: t('audit.noRows') }}
        onRowClick={(params) => onOpen(params.row)}
        onCellKeyDown={(params, event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onOpen(params.row);
          }
        }}
        sx={{
          bgcolor: 'background.paper',
          '& .MuiDataGrid-row': { cursor: 'pointer' },
          '& .mono': { fontFamily: 'monospace', fontSize: '0.8rem' },
        }}
      />
    </Box>
  );
}
