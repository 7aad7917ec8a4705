import { Box } from '@mui/material';
import { DataGrid, type GridApi, type GridColDef, type GridRowId, type GridSortModel } from '@mui/x-data-grid';
import { memo, useCallback, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { AccountList, AccountListItem } from '../../../../shared/api/accounts';
import { useI18n } from '../../i18n';
import { gridLocaleText, lastColumnSeparatorInside } from '../../components/gridSupport';
import { StatusIcon } from '../../components/StatusIcon';
import { formatDateTime } from '../../i18n/dates';
import { blockStatusText } from './blockStatus';

const rowClassName = () => 'account-row';
const gridSx = { ...lastColumnSeparatorInside, bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .blocked': { color: 'error.main', fontWeight: 500 } } as const;

export interface AccountsGridProps {
  apiRef: RefObject<GridApi | null>;
  data: (AccountList & { q: string }) | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPagination: (page: number, pageSize: number) => void;
  sortModel: GridSortModel;
  onSortModel: (model: GridSortModel) => void;
  onOpen: (id: number) => void;
}

/** The account list (klantnummer, e-mail, gebruikersnaam, bevestigd, geblokkeerd), paged and sorted by the server. */
/**
 * Memoised, with memoised columns and texts: typing in the search field re-renders the screen on every key,
 * and a Data Grid that gets new column objects recomputes its whole layout each time (measured: that was
 * most of the time from keystroke to rows). Callers pass stable callbacks.
 */
export const AccountsGrid = memo(function AccountsGrid(props: AccountsGridProps) {
  const { t, language } = useI18n();
  const { apiRef, data, loading, page, pageSize, onPagination, sortModel, onSortModel, onOpen } = props;
  const totalCapped = data?.totalCapped ?? false;

  // Widths add up to under 950 px: at 1280×720 every column fits without scrolling sideways.
  // Name and address come first after the number: they confirm who is on the phone.
  const columns = useMemo<GridColDef<AccountListItem>[]>(() => [
    { field: 'customerNumber', headerName: t('accounts.col.customerNumber'), width: 105, valueGetter: (_v, row) => row.customerNumber ?? '' },
    { field: 'name', headerName: t('accounts.col.name'), flex: 1, minWidth: 130, sortable: false, valueGetter: (_v, row) => row.name ?? '' },
    { field: 'addressLine', headerName: t('accounts.col.address'), flex: 1.2, minWidth: 170, sortable: false, valueGetter: (_v, row) => row.addressLine ?? '' },
    { field: 'email', headerName: t('accounts.col.email'), flex: 1.2, minWidth: 160 },
    { field: 'username', headerName: t('accounts.col.username'), flex: 0.8, minWidth: 110 },
    {
      field: 'confirmedAt',
      headerName: t('accounts.col.confirmed'),
      width: 90,
      align: 'center',
      headerAlign: 'center',
      renderCell: ({ row }) => (
        <StatusIcon kind={row.confirmedAt ? 'ok' : 'bad'} label={t(row.confirmedAt ? 'accounts.status.confirmed' : 'accounts.status.unconfirmed')} />
      ),
    },
    {
      // Said positively, with until when an automatic block runs: "Niet geblokkeerd ✗" read as a double negative.
      field: 'blocked',
      headerName: t('accounts.col.blocked'),
      width: 170,
      sortable: false,
      valueGetter: (_v, row) => blockStatusText(row, t, (iso) => formatDateTime(iso, language)),
      cellClassName: ({ row }) => (row.manuallyBlocked || row.autoBlocked ? 'blocked' : ''),
    },
  ], [t, language]);
  const localeText = useMemo(
    () => ({ ...gridLocaleText(language, totalCapped), noRowsLabel: t('accounts.noRows') }),
    [language, totalCapped, t],
  );
  const paginationModel = useMemo(() => ({ page, pageSize }), [page, pageSize]);
  const onPaginationModelChange = useCallback((m: { page: number; pageSize: number }) => onPagination(m.page, m.pageSize), [onPagination]);
  const onRowClick = useCallback((params: { id: GridRowId }) => onOpen(Number(params.id)), [onOpen]);
  const onCellKeyDown = useCallback(
    (params: { id: GridRowId }, event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(Number(params.id));
      }
    },
    [onOpen],
  );

  return (
    // The wrapper says which term the shown rows belong to (tests and the UI bench wait on it).
    <Box data-testid="accounts-grid" data-shown-query={data?.q ?? ''} sx={{ display: 'flex', flexDirection: 'column', minHeight: 200 }}>
    <DataGrid
      apiRef={apiRef}
      aria-label={t('accounts.grid.label')}
      rows={data?.items ?? []}
      columns={columns}
      rowCount={data?.total ?? 0}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={[25, 50, 100]}
      sortModel={sortModel}
      onSortModelChange={onSortModel}
      disableColumnMenu
      disableColumnFilter
      disableRowSelectionOnClick
      density="compact"
      localeText={localeText}
      onRowClick={onRowClick}
      onCellKeyDown={onCellKeyDown}
      getRowClassName={rowClassName}
      sx={gridSx}
    />
    </Box>
  );
});
