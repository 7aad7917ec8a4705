import { Box } from '@mui/material';
import { DataGrid, type GridApi, type GridColDef } from '@mui/x-data-grid';
import type { RefObject } from 'react';
import type { CustomerSearchRow } from '../../../../../shared/api/customers';
import { useI18n } from '../../../i18n';
import { gridLocaleText } from '../../../components/gridSupport';

interface Props {
  apiRef: RefObject<GridApi | null>;
  rows: CustomerSearchRow[];
  q: string;
  loading: boolean;
  onOpen: (customerNumber: string) => void;
}

/** Lookup results (at most 100, the server's limit): click or Enter opens the customer. */
export function CustomerSearchGrid({ apiRef, rows, q, loading, onOpen }: Props) {
  const { t, language } = useI18n();
  const columns: GridColDef<CustomerSearchRow>[] = [
    { field: 'customerNumber', headerName: t('customer.col.customerNumber'), width: 130 },
    { field: 'name', headerName: t('customer.col.name'), flex: 1, minWidth: 160 },
    { field: 'addressLine', headerName: t('customer.col.address'), flex: 1.2, minWidth: 180 },
    { field: 'postcode', headerName: t('customer.col.postcode'), width: 100 },
    { field: 'city', headerName: t('customer.col.city'), width: 140 },
    { field: 'email', headerName: t('customer.col.email'), flex: 1.2, minWidth: 200 },
    { field: 'accountStatus', headerName: t('customer.col.account'), width: 180, valueGetter: (_v, row) => t(`customer.account.${row.accountStatus}`) },
  ];
  return (
    <Box data-testid="customer-grid" data-shown-query={q} sx={{ display: 'flex', flexDirection: 'column', minHeight: 200 }}>
      <DataGrid
        apiRef={apiRef}
        aria-label={t('customer.title')}
        rows={rows}
        getRowId={(r) => r.customerNumber}
        columns={columns}
        loading={loading}
        hideFooter={rows.length <= 25}
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        disableColumnMenu
        disableRowSelectionOnClick
        density="compact"
        localeText={{ ...gridLocaleText(language, false), noRowsLabel: q ? t('customer.search.none') : t('customer.search.start') }}
        onRowClick={(params) => onOpen(String(params.id))}
        onCellKeyDown={(params, event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onOpen(String(params.id));
          }
        }}
        sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
