import { useQueryClient } from '@tanstack/react-query';
import type { Topic } from '../../../../shared/api/kb';
import { api } from '../../app/api';
import { FormDialog } from '../../components/FormDialog';
import { formDialogTexts } from '../../components/formDialogTexts';
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
  const server = useServerForm({
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
  const { control } = server.form;
  return (
    <FormDialog
      testId="kb-topic-dialog"
      title={code ? `${t('kb.topicDialog.edit')} · ${code}` : t('kb.topicDialog.add')}
      form={server}
      onClose={onClose}
      texts={formDialogTexts(t, 'kb')}
    >
      <FormTextField control={control} name="description" label={t('kb.field.description')} autoFocus required slotProps={{ htmlInput: { maxLength: 200 } }} />
      <FormTextField control={control} name="keywords" label={t('kb.field.keywords')} helperText={t('kb.field.keywords.help')} />
    </FormDialog>
  );
}
