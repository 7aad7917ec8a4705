import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IpRange } from '../../../../shared/api/ipRanges';
import type { StaffAddress } from '../../../../shared/api/staff';
import { api } from '../../app/api';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { noFields, noValues } from '../../components/form/noFields';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { lockoutRisk } from './lockout';
import { networkKeys } from './networkQueries';
import { RiskNotice } from './RiskNotice';

export interface DeleteRangeDialogProps {
  range: IpRange;
  ranges: readonly IpRange[];
  me: StaffAddress | null;
  roles: readonly string[];
  onClose: () => void;
  onDeleted: () => void;
}

/** Confirmation before deleting a range; with the lock-out warning (and its tick) when the deletion narrows access. */
export function DeleteRangeDialog({ range, ranges, me, roles, onClose, onDeleted }: DeleteRangeDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [understood, setUnderstood] = useState(false);
  const risk = lockoutRisk(me, ranges, { kind: 'delete', id: range.id }, roles);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
  const { submit, busy, problem } = useServerForm({
    schema: noFields,
    defaultValues: noValues,
    send: () => api.call('ipRanges.remove', { params: { id: range.id } }),
    onSaved: async () => {
      await refreshList();
      onDeleted();
    },
    // Someone else deleted it already: the list should show that.
    onFailure: (p) => {
      if (p?.kind === 'gone') void refreshList();
    },
  });
  const needsTick = risk.kind !== 'none';

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="range-delete-title" data-testid="range-delete-dialog">
      <DialogTitle id="range-delete-title">{t('network.delete.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('network.delete.text', { cidr: range.cidr })}</DialogContentText>
          <FormProblemAlert problem={problem} texts={{ gone: t('network.gone'), failed: (message) => t('network.delete.failed', { message }) }} />
          <RiskNotice risk={risk} understood={understood} onUnderstood={setUnderstood} />
        </Stack>
      </DialogContent>
      <DialogActions>
        {/* Focus starts on Annuleren when there is no tick to give: Enter must not delete by accident. */}
        <Button onClick={onClose} autoFocus={!needsTick} disabled={busy}>
          {t('network.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void submit()} disabled={busy || (needsTick && !understood)}>
          {t(needsTick ? 'network.risk.deleteAnyway' : 'network.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
