import { Alert, Box, Button, CircularProgress, FormHelperText, Paper, Snackbar, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { KEEP_SIGNED_IN_RANGE, SESSION_TIMEOUT_RANGE } from '../../../../shared/api/settings';
import { api } from '../../app/api';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { readDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { emptySettingsForm, formFromSettings, settingsSchema, type SettingsForm as Values } from './settingsForm';

const QUERY_KEY = ['settings'];
const DRAFT_KEY = 'settings.form';

/** The portal settings (each within its allowed range), with field errors from the server and 409 handling. */
export default function SettingsScreen() {
  const t = useT();
  const settings = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.call('settings.get') });
  // A draft is enough to show the form: what was typed stays usable while the server is away.
  const [hasDraft] = useState(() => readDraft(DRAFT_KEY) !== undefined);

  const initial = settings.data ? formFromSettings(settings.data) : hasDraft ? emptySettingsForm : null;
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('settings.intro')}
      </Typography>
      {initial ? (
        <SettingsForm initial={initial} />
      ) : settings.isError ? (
        <Alert severity="error">{t('settings.loadFailed')}</Alert>
      ) : (
        <CircularProgress aria-label={t('common.loading')} />
      )}
    </Box>
  );
}

function SettingsForm({ initial }: { initial: Values }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const { form, submit, busy, problem, invalid, reload } = useServerForm({
    schema: settingsSchema,
    defaultValues: initial,
    draft: { key: DRAFT_KEY },
    required: ['sessionTimeoutMinutes', 'keepSignedInDays'],
    send: (body) => api.call('settings.update', { body }),
    onSaved: (next) => {
      queryClient.setQueryData(QUERY_KEY, next);
      form.reset(formFromSettings(next));
      setSaved(true);
    },
    reload: async () => formFromSettings(await queryClient.fetchQuery({ queryKey: QUERY_KEY, queryFn: () => api.call('settings.get'), staleTime: 0 })),
  });
  const { control } = form;

  return (
    <>
      <Paper variant="outlined" component="form" onSubmit={(e) => void submit(e)} noValidate sx={{ p: 3, maxWidth: 640 }}>
        <Stack spacing={2.5}>
          <FormProblemAlert
            problem={problem}
            invalid={invalid}
            onReload={() => void reload()}
            staleTestId="settings-conflict"
            texts={{
              stale: t('settings.conflict'),
              reload: t('settings.reload'),
              invalid: t('settings.invalid'),
              failed: (message) => t('settings.saveFailed', { message }),
            }}
          />
          <FormTextField control={control} name="gaTrackingId" label={t('settings.gaTrackingId')} helperText={t('settings.gaTrackingId.help')} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField
              control={control}
              name="sessionTimeoutMinutes"
              type="number"
              label={t('settings.sessionTimeoutMinutes')}
              helperText={t('settings.sessionTimeoutMinutes.help')}
              slotProps={{ htmlInput: { min: SESSION_TIMEOUT_RANGE.min, max: SESSION_TIMEOUT_RANGE.max } }}
              fullWidth
            />
            <FormTextField
              control={control}
              name="keepSignedInDays"
              type="number"
              label={t('settings.keepSignedInDays')}
              helperText={t('settings.keepSignedInDays.help')}
              slotProps={{ htmlInput: { min: KEEP_SIGNED_IN_RANGE.min, max: KEEP_SIGNED_IN_RANGE.max } }}
              fullWidth
            />
          </Stack>
          <Box>
            <FormCheckbox control={control} name="anonymousRepairRequest" label={t('settings.anonymousRepairRequest')} switch />
            <FormHelperText sx={{ mt: 0 }}>{t('settings.anonymousRepairRequest.help')}</FormHelperText>
          </Box>
          <Box>
            <Button type="submit" variant="contained" disabled={busy || problem?.kind === 'stale'}>
              {busy ? t('settings.saving') : t('settings.save')}
            </Button>
          </Box>
        </Stack>
      </Paper>
      <Snackbar open={saved} autoHideDuration={4000} onClose={() => setSaved(false)} message={t('settings.saved')} />
    </>
  );
}
