import { Alert, Box, Button, Divider, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Label } from '../../../../shared/api/labels';
import { checkPlaceholders, placeholderProblem } from '../../../../shared/domain/placeholders';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { labelKeys, useLabelHistory } from './labelQueries';

const labelForm = z.object({ text: z.string().max(4000), version: z.number().int().min(0) }).transform((v) => ({ text: v.text }));

/**
 * Edit one label: the default beside it, the placeholder rule checked as you type (the server checks it again),
 * a stale version keeps the typed text, "Standaardtekst herstellen", who changed it and the earlier values.
 */
export function LabelDialog({ label, onClose, onSaved }: { label: Label; onClose: () => void; onSaved: (message: string) => void }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const history = useLabelHistory(label.key, label.lang);
  const draftKey = `labels.edit.${label.lang}.${label.key}`;

  const server = useServerForm({
    schema: labelForm,
    defaultValues: { text: label.text, version: label.version },
    draft: { key: draftKey },
    required: ['text'],
    mode: 'onChange',
    check: (v) => {
      const p = placeholderProblem(checkPlaceholders(v.text, label.placeholders, label.placeholders));
      return p ? { text: p } : {};
    },
    send: (body, values) => api.call('labels.update', { params: { key: label.key }, query: { lang: label.lang }, body: { text: body.text, version: values.version } }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: labelKeys.all });
      onSaved(t('labels.saved'));
    },
    // After a 409: the typed text stays, with the version now current (saving again is a deliberate choice).
    reload: async (values) => {
      const fresh = await api.call('labels.get', { params: { key: label.key }, query: { lang: label.lang } });
      await queryClient.invalidateQueries({ queryKey: labelKeys.all });
      return { text: values.text, version: fresh.version };
    },
  });

  const { form, busy, problem, discardDraft } = server;
  const reset = useMutation({
    mutationFn: () => api.call('labels.reset', { params: { key: label.key }, query: { lang: label.lang } }),
    onSuccess: async () => {
      discardDraft();
      await queryClient.invalidateQueries({ queryKey: labelKeys.all });
      onSaved(t('labels.dialog.resetDone'));
    },
  });

  const list = label.placeholders.map((p) => `{${p}}`).join(', ');

  return (
    <FormDialog
      testId="label-dialog"
      title={`${t('labels.dialog.title')}: ${label.page} · ${label.name}`}
      form={server}
      onClose={onClose}
      maxWidth="md"
      staleTestId="label-conflict"
      blocked={problem?.kind === 'stale'}
      texts={{
        cancel: t('labels.dialog.cancel'),
        save: t('labels.dialog.save'),
        saving: t('labels.dialog.saving'),
        stale: t('labels.dialog.conflict'),
        reload: t('labels.dialog.reload'),
        invalid: t('labels.dialog.invalid'),
        failed: (message) => t('labels.dialog.failed', { message }),
      }}
      startActions={
        <Button onClick={() => reset.mutate()} disabled={!label.overridden || reset.isPending || busy} sx={{ mr: 'auto' }}>
          {t('labels.dialog.reset')}
        </Button>
      }
    >
      {reset.isError && <Alert severity="error">{apiErrorText(reset.error, t)}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="subtitle2" component="h3">
            {t('labels.dialog.default')}
          </Typography>
          <Typography data-testid="label-default" sx={{ whiteSpace: 'pre-wrap', p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
            {label.defaultText}
          </Typography>
          {label.outdated && label.savedDefaultText !== null && (
            <Alert severity="warning" sx={{ mt: 1 }} data-testid="label-outdated">
              {t('labels.dialog.savedDefault')}: {label.savedDefaultText}
            </Alert>
          )}
        </Box>
        <Box sx={{ flex: 1 }}>
          <FormTextField
            control={form.control}
            name="text"
            label={t('labels.dialog.text')}
            multiline
            minRows={3}
            fullWidth
            autoFocus
            required
            helperText={list ? t('labels.dialog.placeholders', { list }) : t('labels.dialog.noPlaceholders')}
          />
        </Box>
      </Stack>
      <Typography variant="body2" color="text.secondary" data-testid="label-changed-by">
        {label.updatedBy && label.updatedAt ? t('labels.dialog.changedBy', { by: label.updatedBy, at: dates.dateTime(label.updatedAt) }) : t('labels.dialog.neverChanged')}
      </Typography>
      <Divider />
      <Typography variant="subtitle2" component="h3">
        {t('labels.dialog.history')}
      </Typography>
      {history.data && history.data.length > 0 ? (
        <List dense disablePadding data-testid="label-history" sx={{ maxHeight: 180, overflow: 'auto' }}>
          {history.data.map((h) => (
            <ListItem key={h.version} disableGutters>
              <ListItemText primary={h.text ?? t('labels.dialog.history.default')} secondary={t('labels.dialog.history.entry', { at: dates.dateTime(h.changedAt), by: h.changedBy })} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('labels.dialog.history.none')}
        </Typography>
      )}
    </FormDialog>
  );
}
