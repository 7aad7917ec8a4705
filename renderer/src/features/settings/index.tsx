import { Alert, Box, Button, CircularProgress, FormControlLabel, FormHelperText, Paper, Snackbar, Stack, Switch, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { KEEP_SIGNED_IN_RANGE, SESSION_TIMEOUT_RANGE, type Settings, type UpdateSettings } from '../../../../shared/api/settings';
import { isApiError, type ApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { formFromSettings, parseSettingsForm, type SettingsField, type SettingsForm } from './settingsForm';

const QUERY_KEY = ['settings'];

/** D3: the portal settings (A3 ranges), with field errors from the server and 409 handling. */
export default function SettingsScreen() {
  const t = useT();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.call('settings.get') });
  const [form, setForm, clearDraft] = useDraft<SettingsForm | null>('settings.form', null);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);

  // First load (no draft): the form starts from the server's values.
  useEffect(() => {
    if (settings.data && form === null) setForm(formFromSettings(settings.data));
  }, [settings.data, form, setForm]);

  const save = useMutation({
    mutationFn: (body: UpdateSettings) => api.call('settings.update', { body }),
    onSuccess: (next: Settings) => {
      queryClient.setQueryData(QUERY_KEY, next);
      clearDraft();
      setForm(formFromSettings(next));
      setErrors({});
      setConflict(false);
      setSaved(true);
    },
    onError: (error: Error) => {
      if (!isApiError(error)) return;
      if (error.code === 'conflict') setConflict(true);
      if (error.code === 'validation') setErrors(error.fieldErrors() as Partial<Record<SettingsField, string>>);
    },
  });

  if (settings.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  if (settings.isError && !form) return <Alert severity="error">{t('settings.loadFailed')}</Alert>;
  if (!form) return null;

  const update = <K extends SettingsField>(field: K, value: SettingsForm[K]) => {
    setForm({ ...form, [field]: value });
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSettingsForm(form);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    save.mutate(parsed.body);
  };

  const reload = async () => {
    const fresh = await settings.refetch();
    if (fresh.data) {
      setForm(formFromSettings(fresh.data));
      setConflict(false);
      setErrors({});
    }
  };

  const otherError = save.error && isApiError(save.error) && !['conflict', 'validation', 'network'].includes(save.error.code) ? (save.error as ApiError) : null;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('settings.intro')}
      </Typography>
      <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: 3, maxWidth: 640 }}>
        <Stack spacing={2.5}>
          {conflict && (
            <Alert
              severity="warning"
              data-testid="settings-conflict"
              action={
                <Button color="inherit" size="small" onClick={() => void reload()} sx={{ whiteSpace: 'nowrap' }}>
                  {t('settings.reload')}
                </Button>
              }
            >
              {t('settings.conflict')}
            </Alert>
          )}
          {Object.values(errors).some(Boolean) && <Alert severity="error">{t('settings.invalid')}</Alert>}
          {otherError && <Alert severity="error">{t('settings.saveFailed', { message: otherError.message })}</Alert>}
          <TextField
            label={t('settings.gaTrackingId')}
            name="gaTrackingId"
            value={form.gaTrackingId}
            onChange={(e) => update('gaTrackingId', e.target.value)}
            error={!!errors.gaTrackingId}
            helperText={errors.gaTrackingId ?? t('settings.gaTrackingId.help')}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label={t('settings.sessionTimeoutMinutes')}
              name="sessionTimeoutMinutes"
              type="number"
              value={form.sessionTimeoutMinutes}
              onChange={(e) => update('sessionTimeoutMinutes', e.target.value)}
              error={!!errors.sessionTimeoutMinutes}
              helperText={errors.sessionTimeoutMinutes ?? t('settings.sessionTimeoutMinutes.help')}
              slotProps={{ htmlInput: { min: SESSION_TIMEOUT_RANGE.min, max: SESSION_TIMEOUT_RANGE.max } }}
              fullWidth
            />
            <TextField
              label={t('settings.keepSignedInDays')}
              name="keepSignedInDays"
              type="number"
              value={form.keepSignedInDays}
              onChange={(e) => update('keepSignedInDays', e.target.value)}
              error={!!errors.keepSignedInDays}
              helperText={errors.keepSignedInDays ?? t('settings.keepSignedInDays.help')}
              slotProps={{ htmlInput: { min: KEEP_SIGNED_IN_RANGE.min, max: KEEP_SIGNED_IN_RANGE.max } }}
              fullWidth
            />
          </Stack>
          <Box>
            <FormControlLabel
              control={
                <Switch
                  name="anonymousRepairRequest"
                  checked={form.anonymousRepairRequest}
                  onChange={(e) => update('anonymousRepairRequest', e.target.checked)}
                />
              }
              label={t('settings.anonymousRepairRequest')}
            />
            <FormHelperText sx={{ mt: 0 }}>{t('settings.anonymousRepairRequest.help')}</FormHelperText>
          </Box>
          <Box>
            <Button type="submit" variant="contained" disabled={save.isPending || conflict}>
              {save.isPending ? t('settings.saving') : t('settings.save')}
            </Button>
          </Box>
        </Stack>
      </Paper>
      <Snackbar open={saved} autoHideDuration={4000} onClose={() => setSaved(false)} message={t('settings.saved')} />
    </Box>
  );
}
