import CheckRounded from '@mui/icons-material/CheckRounded';
import CloseRounded from '@mui/icons-material/CloseRounded';
import { Alert, Box, Button, Divider, Link, List, ListItem, ListItemIcon, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Partner } from '../../../../shared/api/partners';
import { api } from '../../app/api';
import { hrefFor } from '../../app/router';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DrawerShell, focusDrawerTitle } from '../../components/DrawerShell';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { useCan } from '../../session/useCan';
import { PendingIbanNotice } from '../iban/PendingIbanNotice';
import { formFromPartner, partnerSchema, toPartnerField, type PartnerForm } from './partnerForm';

const TITLE_ID = 'partner-drawer-title';
const checks = ['offersCulturalEducation', 'aimedAtSecondary', 'madeByProfessionals', 'agreesContribution', 'sellsIndividualTickets', 'termsAccepted', 'privacyAccepted'] as const;

/** A partner: the application (approve / reject within a week), contact, organisation and finance. */
export function PartnerDrawer({ id, onClose, onNotice }: { id: number; onClose: () => void; onNotice: (m: string) => void }) {
  const t = useT();
  const query = useQuery({ queryKey: ['partners', 'one', id], queryFn: ({ signal }) => api.call('partners.get', { params: { id } }, { signal }) });
  const p = query.data;
  const canIban = useCan('iban.manage');
  return (
    <DrawerShell open onClose={onClose} titleId={TITLE_ID} title={p?.name ?? t('common.loading')} closeLabel={t('partners.close')} width={640} testId="partner-drawer" escapeWhenFocusLost>
      {query.isError && <Alert severity="error">{apiErrorText(query.error, t)}</Alert>}
      {/* G4 (issue 13): a pending IBAN change holds new weborders for this partner. */}
      {p && canIban && <PendingIbanNotice partnerId={p.id} />}
      {p && <PartnerDetails key={p.version} partner={p} onNotice={onNotice} />}
    </DrawerShell>
  );
}

function PartnerDetails({ partner: p, onNotice }: { partner: Partner; onNotice: (m: string) => void }) {
  const t = useT();
  const dates = useDates();
  const canManage = useCan('weborders.manage');
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const [reason, setReason] = useState('');
  const refresh = async (next: Partner) => {
    queryClient.setQueryData(['partners', 'one', p.id], next);
    await queryClient.invalidateQueries({ queryKey: ['partners', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['weborders', 'partner-options'] });
  };
  const decide = useMutation({
    mutationFn: (kind: 'approve' | 'reject') =>
      kind === 'approve'
        ? api.call('partners.approve', { params: { id: p.id }, body: { version: p.version } })
        : api.call('partners.reject', { params: { id: p.id }, body: { version: p.version, reason } }),
    onSuccess: async (next, kind) => {
      setDeciding(null);
      onNotice(t(kind === 'approve' ? 'partners.approved' : 'partners.rejectedDone', { name: p.name }));
      focusDrawerTitle(TITLE_ID);
      await refresh(next);
    },
  });
  const { form, submit, busy, problem, invalid, reload } = useServerForm({
    schema: partnerSchema,
    defaultValues: formFromPartner(p),
    draft: { key: `partners.${p.id}.${p.version}` },
    fieldFor: toPartnerField,
    send: (body) => api.call('partners.update', { params: { id: p.id }, body }),
    onSaved: async (next) => {
      onNotice(t('partners.saved', { name: next.name }));
      await refresh(next);
    },
    reload: async (values): Promise<PartnerForm | null> => {
      const fresh = await api.call('partners.get', { params: { id: p.id } });
      return { ...values, version: fresh.version };
    },
  });
  const { control } = form;
  const text = (name: keyof PartnerForm & string, extra: object = {}) => (
    <FormTextField control={control} name={name as 'name'} label={t(`partners.field.${name as 'name'}`)} disabled={!canManage} size="small" fullWidth {...extra} />
  );
  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="subtitle1" component="h3">
          {t('partners.section.application')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t(`partners.status.${p.status}`)} · {t('partners.appliedOn', { date: dates.date(p.appliedAt) })}
          {p.decidedAt && ` · ${t('partners.decided', { date: dates.date(p.decidedAt), by: p.decidedBy ?? '—' })}`}
        </Typography>
        {p.overdue && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('partners.overdue')}
          </Alert>
        )}
        {p.rejectedReason && <Typography variant="body2">{t('partners.rejectedReason', { reason: p.rejectedReason })}</Typography>}
        <List dense disablePadding data-testid="partner-checklist">
          {checks.map((c) => (
            <ListItem key={c} disableGutters>
              <ListItemIcon sx={{ minWidth: 32 }}>{p.checklist[c] ? <CheckRounded color="success" titleAccess={t('partners.yes')} /> : <CloseRounded color="error" titleAccess={t('partners.no')} />}</ListItemIcon>
              <ListItemText primary={t(`partners.check.${c}`)} />
            </ListItem>
          ))}
        </List>
        {canManage && p.status === 'applied' && (
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => setDeciding('approve')}>
              {t('partners.approve')}
            </Button>
            <Button variant="outlined" color="error" onClick={() => setDeciding('reject')}>
              {t('partners.reject')}
            </Button>
          </Stack>
        )}
      </Box>
      <Divider />
      {!canManage && <Alert severity="info">{t('partners.readOnly')}</Alert>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack spacing={1.5}>
          <FormProblemAlert
            problem={problem}
            invalid={invalid}
            onReload={() => void reload()}
            texts={{ stale: t('partners.conflict'), reload: t('partners.reload'), invalid: t('partners.invalid'), failed: (message) => t('partners.saveFailed', { message }) }}
          />
          <Typography variant="subtitle1" component="h3">
            {t('partners.section.contact')}
          </Typography>
          <Stack direction="row" spacing={1.5}>
            {text('contactFirstName')}
            {text('contactLastName')}
          </Stack>
          <Stack direction="row" spacing={1.5}>
            {text('contactPhone')}
            {text('contactFunction')}
          </Stack>
          {text('contactEmail')}
          {canManage && <FormCheckbox control={control} name="notificationMails" label={t('partners.field.notificationMails')} />}
          <Typography variant="subtitle1" component="h3">
            {t('partners.section.organisation')}
          </Typography>
          {text('name')}
          <Stack direction="row" spacing={1.5}>
            {text('website')}
            {text('city')}
          </Stack>
          {text('description', { multiline: true, minRows: 2 })}
          <Typography variant="subtitle1" component="h3">
            {t('partners.section.finance')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('partners.invoiceAddress')}
          </Typography>
          <Stack direction="row" spacing={1.5}>
            {text('invoiceStreet')}
            {text('invoiceHouseNumber')}
            {text('invoiceAddition')}
          </Stack>
          <Stack direction="row" spacing={1.5}>
            {text('invoicePostcode')}
            {text('invoiceCity')}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('partners.bank')}
          </Typography>
          <Stack direction="row" spacing={1.5}>
            <TextField size="small" fullWidth label={t('partners.field.iban')} value={p.iban} slotProps={{ input: { readOnly: true } }} data-testid="partner-iban" />
            <TextField size="small" fullWidth label={t('partners.field.ibanAccountName')} value={p.ibanAccountName} slotProps={{ input: { readOnly: true } }} />
          </Stack>
          <Typography variant="body2">
            {t('partners.iban.readOnly')}{' '}
            <Link href={hrefFor(`/iban?party=partner&partyId=${p.id}`)} data-testid="partner-iban-change">
              {t('partners.iban.change')}
            </Link>
          </Typography>
          <Stack direction="row" spacing={1.5}>
            {text('vatNumber')}
            {text('kvkNumber')}
          </Stack>
          {text('financeEmail')}
          {canManage && (
            <Box>
              <Button type="submit" variant="contained" disabled={busy || problem?.kind === 'stale'}>
                {busy ? t('partners.saving') : t('partners.save')}
              </Button>
            </Box>
          )}
        </Stack>
      </form>
      {deciding && (
        <ConfirmDialog
          open
          title={t(deciding === 'approve' ? 'partners.approve.confirm' : 'partners.reject.confirm', { name: p.name })}
          confirmLabel={t(deciding === 'approve' ? 'partners.approve' : 'partners.reject')}
          danger={deciding === 'reject'}
          busy={decide.isPending}
          error={decide.error ? apiErrorText(decide.error, t) : null}
          onClose={() => (decide.reset(), setDeciding(null))}
          onConfirm={() => decide.mutate(deciding)}
          testId="partner-decide-dialog"
        >
          {deciding === 'reject' ? (
            <TextField autoFocus fullWidth required multiline minRows={2} label={t('weborders.move.reasonLabel')} value={reason} onChange={(e) => setReason(e.target.value)} />
          ) : undefined}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
