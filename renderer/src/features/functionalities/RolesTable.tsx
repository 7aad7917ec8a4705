import { Alert, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PortalRole } from '../../../../shared/api/functionalities';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { functionalityKeys } from './functionalityQueries';

type Change = { role: PortalRole; showInPortal?: boolean; useInPortal?: boolean };

/** Per household role "tonen in portaal" and "gebruiken in portaal" (seed §4.2); using needs showing. */
export function RolesTable({ roles, onNotice }: { roles: PortalRole[]; onNotice: (text: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ role, ...flags }: Change) => {
      // Turning "tonen" off also turns "gebruiken" off: a role used in the portal must be shown there.
      const body = flags.showInPortal === false ? { showInPortal: false, useInPortal: false } : flags;
      return api.call('portalRoles.update', { params: { code: role.code }, body: { ...body, version: role.version } });
    },
    onSuccess: (next) => {
      queryClient.setQueryData<PortalRole[]>(functionalityKeys.roles, (list) => list?.map((r) => (r.code === next.code ? next : r)));
      setError(null);
      onNotice(t('roles.saved', { role: next.name }));
    },
    onError: async (e) => {
      await queryClient.invalidateQueries({ queryKey: functionalityKeys.roles });
      setError(isApiError(e) && e.status === 409 ? t('functionalities.conflict') : t('functionalities.failed', { message: e.message }));
    },
  });
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('roles.intro')}
      </Typography>
      {error && (
        <Alert severity="warning" onClose={() => setError(null)} sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <Table size="small" aria-label={t('roles.table')} sx={{ maxWidth: 880 }} data-testid="roles-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('roles.col.role')}</TableCell>
            <TableCell>{t('roles.col.code')}</TableCell>
            <TableCell align="center">{t('roles.col.show')}</TableCell>
            <TableCell align="center">{t('roles.col.use')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {roles.map((r) => (
            <TableRow key={r.code} data-testid={`role-${r.code}`}>
              <TableCell>
                {r.name}
                {r.isContractHolder && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    ({t('roles.contractHolder')})
                  </Typography>
                )}
              </TableCell>
              <TableCell>{r.code}</TableCell>
              <TableCell align="center">
                <Switch
                  checked={r.showInPortal}
                  disabled={change.isPending}
                  onChange={(e) => change.mutate({ role: r, showInPortal: e.target.checked })}
                  slotProps={{ input: { 'aria-label': t('roles.show.label', { role: r.name }) } }}
                />
              </TableCell>
              <TableCell align="center">
                <Switch
                  checked={r.useInPortal}
                  disabled={change.isPending || !r.showInPortal}
                  onChange={(e) => change.mutate({ role: r, useInPortal: e.target.checked })}
                  slotProps={{ input: { 'aria-label': t('roles.use.label', { role: r.name }) } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
