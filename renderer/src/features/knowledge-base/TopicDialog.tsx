import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import type { Topic } from '../../../../shared/api/kb';
import { api } from '../../app/api';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { fetchTopics, refreshKb } from './kbQueries';
import { emptyTopicForm, formFromTopic, topicSchema } from './topicForm';

export interface TopicDialogProps {
  topic: Topic | null;
  onClose: () => void;
  onSaved: (topic: Topic) => void;
}

/** Add or edit a topic: the code is the server's (KBO-nnnnn); 409 keeps what was typed. */
export function TopicDialog({ topic, onClose, onSaved }: TopicDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const code = topic?.code ?? null;
  const { form, submit, busy, problem, invalid, reload, discardDraft } = useServerForm({
    schema: topicSchema,
    defaultValues: topic ? formFromTopic(topic) : emptyTopicForm,
    draft: { key: `kb.topic.${code ?? 'new'}` },
    required: ['description'],
    send: (body, values) =>
      code === null || values.version === null
        ? api.call('kb.createTopic', { body })
        : api.call('kb.updateTopic', { params: { code }, body: { ...body, version: values.version } }),
    onSaved: async (saved) => {
      await refreshKb(queryClient);
      onSaved(saved);
    },
    reload: async () => {
      const fresh = (await fetchTopics()).find((x) => x.code === code);
      return fresh ? formFromTopic(fresh) : null;
    },
  });
  const cancel = () => {
    discardDraft();
    onClose();
  };
  const blocked = problem?.kind === 'stale' || problem?.kind === 'gone';
  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth="sm" aria-labelledby="kb-topic-title" data-testid="kb-topic-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="kb-topic-title">{code ? `${t('kb.topicDialog.edit')} · ${code}` : t('kb.topicDialog.add')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormProblemAlert
              problem={problem}
              invalid={invalid}
              onReload={() => void reload()}
              texts={{ stale: t('kb.conflict'), reload: t('kb.reload'), gone: t('kb.gone'), invalid: t('kb.invalid'), failed: (message) => t('kb.saveFailed', { message }) }}
            />
            <FormTextField control={form.control} name="description" label={t('kb.field.description')} autoFocus required slotProps={{ htmlInput: { maxLength: 200 } }} />
            <FormTextField control={form.control} name="keywords" label={t('kb.field.keywords')} helperText={t('kb.field.keywords.help')} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} disabled={busy}>
            {t('kb.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || blocked}>
            {busy ? t('kb.saving') : t('kb.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
