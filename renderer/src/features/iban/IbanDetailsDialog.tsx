import { Alert, Box, Button, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IbanChange } from '../../../../shared/api/iban';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { useSession } from '../../session/sessionStore';
import { ibanKeys, useIbanChange } from './ibanQueries';
import { ProofViewer } from './ProofViewer';

function Side({ title, iban, lines, testId }: { title: string; iban: string; lines: Array<[string, string | null]>; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, flex: 1 }} data-testid={testId}>
      <Typography variant="overline" component="h3">
        {title}
      </Typography>
      <Typography sx={{ fontFamily: 'monospace', fontSize: '1.1rem' }}>{iban || '—'}</Typography>
      {lines.map(([label, value]) =>
        value ? (
          <Typography key={label} variant="body2" color="text.secondary">
            {label}: {value}
          </Typography>
        ) : null,
      )}
    </Paper>
  );
}

/** Both IBANs side by side, the proof inside the app, and approve / reject (never for the one who entered it). */
export function IbanDetailsDialog({ id, onClose, onDone }: { id: number; onClose: () => void; onDone: (message: string) => void }) {
  const t = useT();
  const dates = useDates();
  const session = useSession();
  const me = session.status === 'signedIn' ? session.staff.id : null;
  const change = useIbanChange(id);
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: async (c: IbanChange) =>
      rejecting
        ? api.call('ibanChanges.reject', { params: { id: c.id }, body: { reason, version: c.version } })
        : api.call('ibanChanges.approve', { params: { id: c.id }, body: { version: c.version } }),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ibanKeys.all });
      onDone(t(c.status === 'approved' ? 'iban.approved' : 'iban.rejected', { id: c.id }));
    },
  });
  const c = change.data;
  const own = c !== undefined && c.enteredByStaffId !== null && c.enteredByStaffId === me;
  const reasonError = isApiError(decide.error) && decide.error.info.code === 'validation' ? decide.error.info.details?.fields.reason?.[0] : undefined;

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="iban-details-title">
      <DialogTitle id="iban-details-title">{t('iban.details.title', { id })}</DialogTitle>
      <DialogContent>
        {change.isPending && <CircularProgress aria-label={t('common.loading')} />}
        {change.isError && <Alert severity="error">{apiErrorText(change.error, t)}</Alert>}
        {c && (
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="h6" component="p">
                {c.partyName}
              </Typography>
              <Chip size="small" label={t(`iban.status.${c.status}`)} color={c.status === 'approved' ? 'success' : c.status === 'rejected' ? 'default' : 'warning'} />
              {c.overdue && <Chip size="small" color="error" label={t('iban.overdue')} />}
            </Stack>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <Side title={t('iban.details.old')} iban={c.oldIban} lines={[]} testId="iban-old" />
              <Side
                title={t('iban.details.new')}
                iban={c.newIban}
                testId="iban-new"
                lines={[
                  [t('iban.details.bank'), c.newBank],
                  [t('iban.details.accountName'), c.accountName],
                  [t('iban.details.paymentMethod'), c.paymentMethod],
                  [t('iban.details.mandate'), c.mandateReference],
                ]}
              />
            </Stack>
            <Typography variant="body2">
              {t('iban.details.entered', { name: c.enteredBy, at: dates.dateTime(c.enteredAt) })}
              {c.directorCc ? ` · ${t('iban.details.directorCc')}: ${c.directorCc}` : ''}
            </Typography>
            {c.decidedBy && c.decidedAt && <Typography variant="body2">{t('iban.details.decided', { name: c.decidedBy, at: dates.dateTime(c.decidedAt) })}</Typography>}
            {c.reason && (
              <Typography variant="body2">
                {t('iban.details.reason')}: {c.reason}
              </Typography>
            )}
            <Box>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                {t('iban.details.proof')}
              </Typography>
              <ProofViewer id={c.id} contentType={c.proofContentType} fileName={c.proofFileName} />
            </Box>
            {c.status === 'pending' && own && (
              <Alert severity="info" data-testid="iban-own-entry">
                {t('iban.details.ownEntry')}
              </Alert>
            )}
            {c.status === 'pending' && rejecting && (
              <TextField label={t('iban.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError !== undefined} helperText={reasonError ?? ' '} autoFocus multiline minRows={2} />
            )}
            {decide.isError && reasonError === undefined && <Alert severity="error">{decide.error.message}</Alert>}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        {c?.status === 'pending' && (
          <>
            <Button color="error" disabled={own || decide.isPending} onClick={() => (rejecting ? decide.mutate(c) : setRejecting(true))}>
              {rejecting ? t('iban.rejectConfirm') : t('iban.reject')}
            </Button>
            {!rejecting && (
              <Button variant="contained" disabled={own || decide.isPending} onClick={() => decide.mutate(c)}>
                {t('iban.approve')}
              </Button>
            )}
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
