import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IpRange } from '../../../../shared/api/ipRanges';
import type { StaffAddress } from '../../../../shared/api/staff';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
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
  const remove = useMutation({
    mutationFn: () => api.call('ipRanges.remove', { params: { id: range.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
      onDeleted();
    },
    onError: async (error: Error) => {
      // Someone else deleted it already: the list should show that.
      if (isApiError(error) && error.code === 'not_found') await queryClient.invalidateQueries({ queryKey: networkKeys.ranges });
    },
  });
  const needsTick = risk.kind !== 'none';
  const failed = remove.error && isApiError(remove.error) && remove.error.code !== 'network' ? remove.error : null;

  return (
    <Dialog open onClose={remove.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="range-delete-title" data-testid="range-delete-dialog">
      <DialogTitle id="range-delete-title">{t('network.delete.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('network.delete.text', { cidr: range.cidr })}</DialogContentText>
          {failed && (
            <Alert severity="error">{failed.code === 'not_found' ? t('network.gone') : t('network.delete.failed', { message: failed.message })}</Alert>
          )}
          <RiskNotice risk={risk} understood={understood} onUnderstood={setUnderstood} />
        </Stack>
      </DialogContent>
      <DialogActions>
        {/* Focus starts on Annuleren when there is no tick to give: Enter must not delete by accident. */}
        <Button onClick={onClose} autoFocus={!needsTick} disabled={remove.isPending}>
          {t('network.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => remove.mutate()} disabled={remove.isPending || (needsTick && !understood)}>
          {t(needsTick ? 'network.risk.deleteAnyway' : 'network.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
