import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CustomerGroup } from '../../../../shared/api/groups';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { groupKeys } from './groupQueries';

const PAGE_SIZE = 25;

/** A group's members, page by page. */
export function MembersDialog({ group, onClose }: { group: CustomerGroup; onClose: () => void }) {
  const t = useT();
  const dates = useDates();
  const [page, setPage] = useState(1);
  const members = useQuery({
    queryKey: groupKeys.members(group.id, page),
    queryFn: ({ signal }) => api.call('groups.members', { params: { id: group.id }, query: { page, pageSize: PAGE_SIZE } }, { signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="members-title" data-testid="members-dialog">
      <DialogTitle id="members-title">{t('groups.members.title', { name: group.name })}</DialogTitle>
      <DialogContent>
        {members.isError && <Alert severity="error">{members.error.message}</Alert>}
        {members.data && members.data.total === 0 && <Alert severity="info">{t('groups.members.empty')}</Alert>}
        {members.data && members.data.total > 0 && (
          <>
            <Table size="small" aria-label={t('groups.members.title', { name: group.name })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('groups.members.customer')}</TableCell>
                  <TableCell>{t('groups.col.name')}</TableCell>
                  <TableCell>{t('groups.members.city')}</TableCell>
                  <TableCell>{t('groups.members.since')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {members.data.items.map((m) => (
                  <TableRow key={m.customerNumber}>
                    <TableCell>{m.customerNumber}</TableCell>
                    <TableCell>{m.name}</TableCell>
                    <TableCell>{m.city}</TableCell>
                    <TableCell>{dates.dateTime(m.addedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={members.data.total}
              page={page - 1}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
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
