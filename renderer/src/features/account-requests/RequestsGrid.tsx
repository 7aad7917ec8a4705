import { Box } from '@mui/material';
import { DataGrid, type GridApi, type GridColDef } from '@mui/x-data-grid';
import type { RefObject } from 'react';
import type { AccountRequest, AccountRequestList } from '../../../../shared/api/accounts';
import { useI18n } from '../../i18n';
import { gridLocaleText, lastColumnSeparatorInside } from '../../components/gridSupport';
import { StatusIcon } from '../../components/StatusIcon';
import { formatDateTime } from '../../i18n/dates';
import { requestSteps } from './requestSteps';

export interface RequestsGridProps {
  apiRef: RefObject<GridApi | null>;
  data: (AccountRequestList & { q: string }) | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPagination: (page: number, pageSize: number) => void;
  onOpen: (id: number) => void;
}

/** The requests: klantnummer, e-mail, gebruikersnaam and the three checks (geïdentificeerd, accountdetails gevuld, e-mail verstuurd). */
export function RequestsGrid({ apiRef, data, loading, page, pageSize, onPagination, onOpen }: RequestsGridProps) {
  const { t, language } = useI18n();
  const stepColumn = (field: 'identified' | 'detailsFilled' | 'emailSent', header: Parameters<typeof t>[0]): GridColDef<AccountRequest> => ({
    field,
    headerName: t(header),
    width: 130,
    align: 'center',
    headerAlign: 'center',
    sortable: false,
    renderCell: ({ row }) => {
      const step = requestSteps(row).find((s) => s.key === field);
      const state = step?.state ?? 'notReached';
      const label = `${t(header)}: ${t(state === 'done' ? 'accountRequests.step.done' : state === 'stopped' ? 'accountRequests.step.stopped' : 'accountRequests.step.notReached')}`;
      return <StatusIcon kind={state === 'done' ? 'ok' : state === 'stopped' ? 'bad' : 'none'} label={label} />;
    },
  });
  const columns: GridColDef<AccountRequest>[] = [
    // Widths add up to under 950 px: at 1280×720 every column fits without scrolling sideways.
    { field: 'customerNumber', headerName: t('accountRequests.col.customerNumber'), width: 105, sortable: false },
    { field: 'email', headerName: t('accountRequests.col.email'), flex: 1.3, minWidth: 170, sortable: false, valueGetter: (_v, row) => row.email ?? '' },
    { field: 'username', headerName: t('accountRequests.col.username'), flex: 1, minWidth: 120, sortable: false, valueGetter: (_v, row) => row.username ?? '' },
    stepColumn('identified', 'accountRequests.col.identified'),
    stepColumn('detailsFilled', 'accountRequests.col.detailsFilled'),
    stepColumn('emailSent', 'accountRequests.col.emailSent'),
    {
      // When the tenant last moved: tells a stuck request (days ago) from one in progress.
      field: 'lastStepAt',
      headerName: t('accountRequests.col.lastStep'),
      width: 150,
      sortable: false,
      valueGetter: (_v, row) => {
        const last = lastStepAt(row);
        return last ? formatDateTime(last, language) : '';
      },
    },
  ];
  return (
    <Box data-testid="requests-grid" data-shown-query={data?.q ?? ''} sx={{ display: 'flex', flexDirection: 'column', minHeight: 200 }}>
      <DataGrid
        apiRef={apiRef}
        aria-label={t('accountRequests.grid.label')}
        rows={data?.items ?? []}
        columns={columns}
        rowCount={data?.total ?? 0}
        loading={loading}
        paginationMode="server"
        paginationModel={{ page, pageSize }}
        onPaginationModelChange={(m) => onPagination(m.page, m.pageSize)}
        pageSizeOptions={[25, 50, 100]}
        disableColumnMenu
        disableColumnFilter
        disableRowSelectionOnClick
        density="compact"
        localeText={{ ...gridLocaleText(language, false), noRowsLabel: t('accountRequests.noRows') }}
        onRowClick={(params) => onOpen(Number(params.id))}
        onCellKeyDown={(params, event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onOpen(Number(params.id));
          }
        }}
        sx={{ ...lastColumnSeparatorInside, bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}

/** The latest of the request's step times (ISO strings sort as time). */
function lastStepAt(r: AccountRequest): string | null {
  const times = [r.customerNumberEnteredAt, r.identifiedAt, r.detailsFilledAt, r.emailSentAt].filter((x): x is string => x !== null);
  return times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b));
}
