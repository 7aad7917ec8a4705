import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import { Alert, Box, Button, Chip, CircularProgress, IconButton, Snackbar, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { GroupDialog } from './GroupDialog';
import { groupKeys, useGroups } from './groupQueries';
import { MembersDialog } from './MembersDialog';
import { useRightName } from './RightsField';

type Open = { kind: 'add' } | { kind: 'edit' | 'delete' | 'members'; id: number } | null;

/** Customer groups (H2): their rights as portal functions, their members; new customers join them at import. */
export default function GroupsScreen() {
  const t = useT();
  const groups = useGroups();
  const rightName = useRightName();
  const queryClient = useQueryClient();
  const [open, setOpen, clearOpen] = useDraft<Open>('groups.open', null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: number) => api.call('groups.remove', { params: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: groupKeys.all });
      clearOpen();
      setNotice(t('groups.deleted'));
    },
  });

  if (groups.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  if (groups.isError) return <Alert severity="error">{t('groups.loadFailed', { message: groups.error.message })}</Alert>;
  const list = groups.data;
  const target = open && open.kind !== 'add' ? list.find((g) => g.id === open.id) : undefined;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('groups.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('groups.intro')}
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 1100 }}>
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'add' })}>
            {t('groups.add')}
          </Button>
        </Stack>
        {list.length === 0 ? (
          <Alert severity="info">{t('groups.empty')}</Alert>
        ) : (
          <Table size="small" aria-label={t('groups.table.label')} data-testid="groups-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('groups.col.name')}</TableCell>
                <TableCell>{t('groups.col.description')}</TableCell>
                <TableCell>{t('groups.col.rights')}</TableCell>
                <TableCell align="right">{t('groups.col.members')}</TableCell>
                <TableCell align="right">{t('groups.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((g) => (
                <TableRow key={g.id} data-testid={`group-${g.id}`}>
                  <TableCell>{g.name}</TableCell>
                  <TableCell>{g.description}</TableCell>
                  <TableCell>
                    {g.rights.length === 0 ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('groups.rights.none')}
                      </Typography>
                    ) : (
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                        {g.rights.map((r) => (
                          <Chip key={r} size="small" label={rightName(r)} />
                        ))}
                      </Stack>
                    )}
                  </TableCell>
                  <TableCell align="right">{g.members}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('groups.members.label', { name: g.name })}>
                      <IconButton aria-label={t('groups.members.label', { name: g.name })} onClick={() => setOpen({ kind: 'members', id: g.id })}>
                        <PeopleOutlined />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('groups.edit.label', { name: g.name })}>
                      <IconButton aria-label={t('groups.edit.label', { name: g.name })} onClick={() => setOpen({ kind: 'edit', id: g.id })}>
                        <EditOutlined />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('groups.delete.label', { name: g.name })}>
                      <IconButton aria-label={t('groups.delete.label', { name: g.name })} onClick={() => setOpen({ kind: 'delete', id: g.id })}>
                        <DeleteOutlined />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>

      {(open?.kind === 'add' || (open?.kind === 'edit' && target)) && (
        <GroupDialog
          group={open.kind === 'edit' ? (target ?? null) : null}
          onClose={clearOpen}
          onSaved={() => {
            clearOpen();
            setNotice(t('groups.saved'));
          }}
        />
      )}
      {open?.kind === 'members' && target && <MembersDialog group={target} onClose={clearOpen} />}
      {open?.kind === 'delete' && target && (
        <ConfirmDialog
          open
          title={t('groups.delete.title')}
          text={t('groups.delete.text', { name: target.name, count: target.members })}
          confirmLabel={t('groups.delete.confirm')}
          danger
          busy={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => remove.mutate(target.id)}
          onClose={clearOpen}
          testId="group-delete"
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
