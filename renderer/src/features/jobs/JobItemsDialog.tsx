import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { jobKeys } from './jobQueries';

const PAGE_SIZE = 50;

/** A job's per-item report: what happened to each customer, page by page. */
export function JobItemsDialog({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const items = useQuery({
    queryKey: jobKeys.items(jobId, page),
    queryFn: ({ signal }) => api.call('jobs.items', { params: { jobId }, query: { page, pageSize: PAGE_SIZE } }, { signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="job-items-title" data-testid="job-items">
      <DialogTitle id="job-items-title">{t('jobs.items.title')}</DialogTitle>
      <DialogContent>
        {items.isError && <Alert severity="error">{items.error.message}</Alert>}
        {items.data && (
          <>
            <Table size="small" aria-label={t('jobs.items.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>#</TableCell>
                  <TableCell>{t('jobs.items.customer')}</TableCell>
                  <TableCell>{t('jobs.items.state')}</TableCell>
                  <TableCell>{t('jobs.items.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.data.items.map((i) => (
                  <TableRow key={i.seq}>
                    <TableCell>{i.seq}</TableCell>
                    <TableCell>{i.customerNumber}</TableCell>
                    <TableCell>{t(`jobs.item.${i.state}`)}</TableCell>
                    <TableCell>{i.message ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination component="div" count={items.data.total} page={page - 1} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} onPageChange={(_, p) => setPage(p + 1)} />
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
