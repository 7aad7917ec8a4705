import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import type { WeborderDetail, WeborderRequest } from '../../../../shared/api/weborders';
import { formatEuro } from '../../../../shared/domain/format';
import { api } from '../../app/api';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useDebounced } from '../../components/useDebounced';
import { useT } from '../../i18n';
import { emptyWeborderForm, formFromRequest, previewTotal, toFormField, weborderSchema } from './weborderForm';
import { usePartnerOptions, weborderKeys } from './weborderQueries';

export interface NewWeborderDialogProps {
  /** Propose from a teacher's request (its fields filled in) instead of a blank weborder. */
  request?: WeborderRequest;
  onClose: () => void;
  onCreated: (w: WeborderDetail) => void;
}

/**
 * A new weborder on a partner's behalf (seed 000 §3.1): the school's name appears as soon as the number is
 * known, the total is shown before sending, and a weborder for the same activity is warned about (sending then
 * needs the explicit tick).
 */
export function NewWeborderDialog({ request, onClose, onCreated }: NewWeborderDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const partners = usePartnerOptions();
  const { form, submit, busy, problem, invalid, discardDraft } = useServerForm({
    schema: weborderSchema,
    defaultValues: request ? formFromRequest(request) : emptyWeborderForm,
    draft: { key: request ? `weborders.propose.${request.id}` : 'weborders.new' },
    required: ['schoolNumber', 'name', 'event', 'desiredAt', 'students', 'teachers'],
    check: (v) => (v.partnerId === null ? { partnerId: t('form.required') } : {}),
    fieldFor: toFormField,
    send: (body) => {
      if (!request) return api.call('weborders.create', { body });
      const { partnerId: _p, schoolNumber: _s, ...rest } = body;
      return api.call('weborderRequests.propose', { params: { id: request.id }, body: { ...rest, version: request.version } });
    },
    onSaved: async (created) => {
      await queryClient.invalidateQueries({ queryKey: weborderKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['weborder-requests'] });
      onCreated(created);
    },
  });
  const { control } = form;
  const values = useWatch({ control });
  const v = { ...emptyWeborderForm, ...values };
  const schoolNumber = useDebounced(v.schoolNumber.trim(), 250);
  const school = useQuery({
    queryKey: ['schools', schoolNumber],
    queryFn: ({ signal }) => api.call('schools.get', { params: { schoolNumber } }, { signal }),
    enabled: /^\d{1,8}$/.test(schoolNumber),
    retry: false,
  });
  // Debounced as one string (a fresh object every render would never settle).
  const dupText = useDebounced([v.partnerId ?? '', v.schoolNumber.trim(), v.event.trim(), v.desiredAt].join('\u0000'), 300);
  const [dupPartner = '', dupSchool = '', dupEvent = '', dupDesired = ''] = dupText.split('\u0000');
  const dupKey = { partnerId: dupPartner === '' ? null : Number(dupPartner), schoolNumber: dupSchool, event: dupEvent, desiredAt: dupDesired };
  const desiredIso = dupKey.desiredAt && !Number.isNaN(new Date(dupKey.desiredAt).getTime()) ? new Date(dupKey.desiredAt).toISOString() : '';
  const duplicates = useQuery({
    queryKey: ['weborders', 'duplicates', dupKey],
    queryFn: ({ signal }) =>
      api.call('weborders.duplicates', { query: { partnerId: dupKey.partnerId ?? 0, schoolNumber: dupKey.schoolNumber, event: dupKey.event, desiredAt: desiredIso } }, { signal }),
    enabled: dupKey.partnerId !== null && /^\d{1,8}$/.test(dupKey.schoolNumber) && dupKey.event !== '' && desiredIso !== '',
    retry: false,
  });
  const dupIds = duplicates.data?.items.map((d) => d.id) ?? [];
  const total = previewTotal(v);
  const cancel = () => {
    discardDraft();
    onClose();
  };
  const schoolText = !/^\d{1,8}$/.test(schoolNumber)
    ? ' '
    : school.data
      ? t('weborders.form.schoolFound', { name: school.data.name, holder: school.data.budgetHolder })
      : school.isError
        ? t('weborders.form.schoolUnknown')
        : t('common.loading');

  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth="md" aria-labelledby="weborder-dialog-title" data-testid="weborder-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="weborder-dialog-title">{t(request ? 'weborders.form.proposeTitle' : 'weborders.form.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormProblemAlert problem={problem} invalid={invalid} texts={{ invalid: t('weborders.form.invalid'), failed: (message) => t('weborders.form.failed', { message }) }} />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
              <Stack spacing={2} sx={{ flex: 1 }}>
                <Typography variant="subtitle1" component="h3">
                  {t('weborders.form.school')}
                </Typography>
                <Controller
                  control={control}
                  name="partnerId"
                  render={({ field, fieldState }) => (
                    <TextField
                      select
                      label={t('weborders.form.partner')}
                      required
                      disabled={Boolean(request)}
                      value={field.value ?? ''}
                      onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
                      onBlur={field.onBlur}
                      error={Boolean(fieldState.error)}
                      helperText={fieldState.error?.message ?? ' '}
                      slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 320 } } } } } }}
                    >
                      {request && <MenuItem value={request.partnerId}>{request.partnerName}</MenuItem>}
                      {!request && (partners.data?.items ?? []).map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                    </TextField>
                  )}
                />
                <FormTextField
                  control={control}
                  name="schoolNumber"
                  label={t('weborders.form.schoolNumber')}
                  required
                  disabled={Boolean(request)}
                  autoFocus={!request}
                  autoComplete="off"
                  helperText={schoolText}
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'school-number' } }}
                />
                <FormTextField control={control} name="grade" label={t('weborders.form.grade')} />
                <FormTextField control={control} name="teacher" label={t('weborders.form.teacher')} />
                <Stack direction="row" spacing={2}>
                  <FormTextField control={control} name="teachers" label={t('weborders.form.teachers')} required slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
                  <FormTextField control={control} name="students" label={t('weborders.form.students')} required slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
                </Stack>
              </Stack>
              <Stack spacing={2} sx={{ flex: 1 }}>
                <Typography variant="subtitle1" component="h3">
                  {t('weborders.form.order')}
                </Typography>
                <FormTextField control={control} name="name" label={t('weborders.form.name')} required autoFocus={Boolean(request)} />
                <FormTextField control={control} name="event" label={t('weborders.form.event')} required />
                <FormTextField control={control} name="desiredAt" type="datetime-local" label={t('weborders.form.desiredAt')} required slotProps={{ inputLabel: { shrink: true } }} />
                <Controller
                  control={control}
                  name="priceKind"
                  render={({ field }) => (
                    <RadioGroup row aria-label={t('weborders.form.priceKind')} value={field.value} onChange={(e) => field.onChange(e.target.value === 'package' ? 'package' : 'ticket')}>
                      <FormControlLabel value="ticket" control={<Radio />} label={t('weborders.form.ticket')} />
                      <FormControlLabel value="package" control={<Radio />} label={t('weborders.form.package')} />
                    </RadioGroup>
                  )}
                />
                {v.priceKind === 'ticket' ? (
                  <FormTextField control={control} name="ticketPrice" label={t('weborders.form.ticketPrice')} required helperText={t('weborders.form.amount')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                ) : (
                  <FormTextField control={control} name="packagePrice" label={t('weborders.form.packagePrice')} required helperText={t('weborders.form.amount')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                )}
                <Alert severity="info" icon={false} data-testid="weborder-total">
                  <strong>{t('weborders.form.total', { total: total === null ? '—' : formatEuro(total) })}</strong> · {t('weborders.form.totalHelp')}
                </Alert>
              </Stack>
            </Stack>
            {dupIds.length > 0 && (
              <Alert severity="warning" data-testid="weborder-duplicate">
                {t('weborders.form.duplicate', { ids: dupIds.join(', ') })}
                <Controller
                  control={control}
                  name="confirmDuplicate"
                  render={({ field }) => (
                    <FormControlLabel
                      sx={{ display: 'flex' }}
                      control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                      label={t('weborders.form.confirmDuplicate')}
                    />
                  )}
                />
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} disabled={busy}>
            {t('weborders.form.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || (dupIds.length > 0 && !v.confirmDuplicate)}>
            {busy ? t('weborders.form.sending') : t('weborders.form.send')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
