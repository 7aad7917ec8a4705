import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

export interface PagedTableDialogProps<T> {
  /** data-testid of the dialog (the E2E specs find it by that). */
  testId: string;
  /** The dialog's title, also the table's name. */
  title: string;
  /** The column headers. */
  columns: readonly ReactNode[];
  pageSize: number;
  queryKey: (page: number) => QueryKey;
  fetchPage: (page: number, signal: AbortSignal) => Promise<{ items: T[]; total: number }>;
  rowKey: (item: T) => string | number;
  /** One row's cells, in the order of `columns`. */
  cells: (item: T) => readonly ReactNode[];
  /** Said instead of an empty table; without it an empty table shows. */
  emptyText?: string;
  onClose: () => void;
}

/** A read-only list in a dialog, page by page (the previous page stays while the next loads), with Sluiten. */
export function PagedTableDialog<T>({ testId, title, columns, pageSize, queryKey, fetchPage, rowKey, cells, emptyText, onClose }: PagedTableDialogProps<T>) {
  const t = useT();
  const titleId = useId();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: queryKey(page), queryFn: ({ signal }) => fetchPage(page, signal), placeholderData: keepPreviousData });
  const empty = emptyText !== undefined && list.data?.total === 0;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby={titleId} data-testid={testId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {list.isError && <Alert severity="error">{list.error.message}</Alert>}
        {empty && <Alert severity="info">{emptyText}</Alert>}
        {list.data && !empty && (
          <>
            <Table size="small" aria-label={title}>
              <TableHead>
                <TableRow>
                  {columns.map((c, i) => (
                    <TableCell key={i}>{c}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.items.map((item) => (
                  <TableRow key={rowKey(item)}>
                    {cells(item).map((c, i) => (
                      <TableCell key={i}>{c}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={list.data.total}
              page={page - 1}
              rowsPerPage={pageSize}
              rowsPerPageOptions={[pageSize]}
              onPageChange={(_, p) => setPage(p + 1)}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
