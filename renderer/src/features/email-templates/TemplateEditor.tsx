import { Alert, Box, Button, Chip, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { EmailTemplate } from '../../../../shared/api/emailTemplates';
import { renderSubject, renderTemplateBlocks } from '../../../../shared/domain/mailTemplate';
import { checkPlaceholders, placeholderProblem } from '../../../../shared/domain/placeholders';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { MarkupView } from '../../components/MarkupView';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';

const templateForm = z
  .object({ subject: z.string().max(200), body: z.string().max(20_000), version: z.number().int().min(0) })
  .transform((v) => ({ subject: v.subject.trim(), body: v.body }));

export const templateKeys = { all: ['email-templates'] as const };

/**
 * One template: subject and body with the placeholder rules checked as you type (the server checks again), a
 * live preview rendered by the same code as the mail (values filled in after parsing), and a test mail.
 */
export function TemplateEditor({ template, onNotice }: { template: EmailTemplate; onNotice: (message: string) => void }) {
  const t = useT();
  const dates = useDates();
  const queryClient = useQueryClient();
  const allowed = template.placeholders.map((p) => p.name);
  const required = template.placeholders.filter((p) => p.required).map((p) => p.name);
  const [customer, setCustomer] = useState('');
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [to, setTo] = useState('');

  const { form, submit, busy, problem, invalid, reload, discardDraft } = useServerForm({
    schema: templateForm,
    defaultValues: { subject: template.subject, body: template.body, version: template.version },
    draft: { key: `templates.edit.${template.id}` },
    required: ['subject', 'body'],
    mode: 'onChange',
    check: (v) => {
      const s = placeholderProblem(checkPlaceholders(v.subject, allowed, []));
      const b = placeholderProblem(checkPlaceholders(v.body, allowed, required));
      return { ...(s ? { subject: s } : {}), ...(b ? { body: b } : {}) };
    },
    send: (body, v) => api.call('emailTemplates.update', { params: { id: template.id }, body: { ...body, version: v.version } }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      onNotice(t('templates.saved'));
    },
    reload: async (v) => {
      const fresh = await api.call('emailTemplates.get', { params: { id: template.id } });
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
      return { subject: v.subject, body: v.body, version: fresh.version };
    },
  });
  const subject = useWatch({ control: form.control, name: 'subject' });
  const body = useWatch({ control: form.control, name: 'body' });

  // The example values (or a customer's) come from the server once; the preview then follows every keystroke.
  const preview = useMutation({
    mutationFn: () => api.call('emailTemplates.preview', { params: { id: template.id }, body: customer.trim() ? { customerNumber: customer.trim() } : {} }),
    onSuccess: (p) => setValues(p.values),
  });
  const shownValues = useMemo(() => values ?? Object.fromEntries(template.placeholders.map((p) => [p.name, `{${p.name}}`])), [values, template.placeholders]);
  const blocks = useMemo(() => renderTemplateBlocks(body, shownValues), [body, shownValues]);

  const test = useMutation({
    mutationFn: () => api.call('emailTemplates.test', { params: { id: template.id }, body: { to: to.trim() } }),
    onSuccess: (r) => onNotice(t('templates.test.sent', { id: r.outboxId })),
  });
  const dirty = subject !== template.subject || body !== template.body;

  const insert = (name: string) => {
    const current = form.getValues('body');
    form.setValue('body', `${current}{${name}}`, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <Stack spacing={2}>
      <Box component="form" onSubmit={(e) => void submit(e)} noValidate aria-label={template.name}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h2">
            {template.name}
          </Typography>
          <Typography color="text.secondary">{template.description}</Typography>
          <FormProblemAlert
            problem={problem}
            invalid={invalid}
            onReload={() => void reload()}
            staleTestId="template-conflict"
            texts={{ stale: t('templates.conflict'), reload: t('templates.reload'), invalid: t('templates.invalid'), failed: (message) => t('templates.failed', { message }) }}
          />
          <FormTextField control={form.control} name="subject" label={t('templates.subject')} fullWidth required />
          <FormTextField control={form.control} name="body" label={t('templates.body')} fullWidth required multiline minRows={8} slotProps={{ htmlInput: { spellCheck: true } }} />
          <Box>
            <Typography variant="subtitle2" component="h3" gutterBottom>
              {t('templates.placeholders')}
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
              {template.placeholders.map((p) => (
                <Tooltip key={p.name} describeChild title={`${p.description} — ${t('templates.placeholder.insert', { name: p.name })}`}>
                  <Chip
                    size="small"
                    variant={p.required ? 'filled' : 'outlined'}
                    label={`{${p.name}}${p.required ? ` · ${t('templates.placeholder.required')}` : ''}`}
                    onClick={() => insert(p.name)}
                  />
                </Tooltip>
              ))}
            </Stack>
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button type="submit" variant="contained" disabled={busy || problem?.kind === 'stale'}>
              {busy ? t('templates.saving') : t('templates.save')}
            </Button>
            <Button
              onClick={() => {
                form.setValue('subject', template.defaultSubject, { shouldDirty: true, shouldValidate: true });
                form.setValue('body', template.defaultBody, { shouldDirty: true, shouldValidate: true });
              }}
            >
              {t('templates.restoreDefault')}
            </Button>
            <Button
              onClick={() => {
                discardDraft();
                form.reset({ subject: template.subject, body: template.body, version: template.version });
              }}
              disabled={!dirty}
            >
              {t('common.cancel')}
            </Button>
            {template.updatedBy && template.updatedAt && (
              <Typography variant="body2" color="text.secondary">
                {t('templates.changedBy', { by: template.updatedBy, at: dates.dateTime(template.updatedAt) })}
              </Typography>
            )}
          </Stack>
        </Stack>
      </Box>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('templates.preview')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'flex-start' }}>
          <TextField size="small" label={t('templates.preview.customer')} helperText={t('templates.preview.customer.help')} value={customer} onChange={(e) => setCustomer(e.target.value)} />
          <Button onClick={() => preview.mutate()} disabled={preview.isPending}>
            {t('templates.preview.load')}
          </Button>
        </Stack>
        {preview.isError && <Alert severity="error">{apiErrorText(preview.error, t)}</Alert>}
        <Box data-testid="template-preview" sx={{ p: 2, bgcolor: 'background.default', borderRadius: 1 }}>
          <Typography sx={{ fontWeight: 600, mb: 1 }} data-testid="template-preview-subject">
            {t('templates.preview.subject', { subject: renderSubject(subject, shownValues) })}
          </Typography>
          <MarkupView blocks={blocks} />
        </Box>
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          {t('templates.test')}
        </Typography>
        <Box
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            test.mutate();
          }}
          aria-label={t('templates.test')}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField size="small" type="email" label={t('templates.test.to')} value={to} onChange={(e) => setTo(e.target.value)} required />
            <Button type="submit" variant="outlined" disabled={test.isPending || to.trim() === ''}>
              {test.isPending ? t('templates.test.sending') : t('templates.test.send')}
            </Button>
          </Stack>
        </Box>
        {dirty && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('templates.test.unsaved')}
          </Typography>
        )}
        {test.isError && <Alert severity="error" sx={{ mt: 1 }}>{apiErrorText(test.error, t)}</Alert>}
      </Paper>
    </Stack>
  );
}
