import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  FormControl,
  FormGroup,
  FormHelperText,
  FormLabel,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { Question, Topic } from '../../../../shared/api/kb';
import { KB_DATA_ITEMS, kbDataItemKeys, type KbDataItem } from '../../../../shared/domain/kbDataItems';
import { api } from '../../app/api';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormDialog } from '../../components/FormDialog';
import { formDialogTexts } from '../../components/formDialogTexts';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useI18n } from '../../i18n';
import { LinkKindText } from './KbDetails';
import { fetchQuestions, refreshKb } from './kbQueries';
import { MarkupField } from './MarkupField';
import { emptyFollowUp, emptyQuestionForm, formFromQuestion, questionField, questionSchema } from './questionForm';
import { topicOptions } from './topicOptions';

export interface QuestionDialogProps {
  question: Question | null;
  /** The topic a new question goes into. */
  topicCode: string;
  topics: readonly Topic[];
  onClose: () => void;
  onSaved: (question: Question) => void;
}

/**
 * Add or edit a customer question: flags, keywords, the answer in markup with its preview, follow-up questions
 * (some answered from the customer's data) and the advice with its link button. 409 keeps what was typed.
 */
export function QuestionDialog({ question, topicCode, topics, onClose, onSaved }: QuestionDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const code = question?.code ?? null;
  const server = useServerForm({
    schema: questionSchema,
    defaultValues: question ? formFromQuestion(question) : emptyQuestionForm(topicCode),
    draft: { key: `kb.question.${code ?? `new.${topicCode}`}` },
    required: ['description'],
    fieldFor: questionField,
    send: (body, values) =>
      code === null || values.version === null
        ? api.call('kb.createQuestion', { body })
        : api.call('kb.updateQuestion', { params: { code }, body: { ...body, version: values.version } }),
    onSaved: async (saved) => {
      await refreshKb(queryClient);
      onSaved(saved);
    },
    reload: async () => {
      const fresh = (await fetchQuestions()).find((x) => x.code === code);
      return fresh ? formFromQuestion(fresh) : null;
    },
  });
  const { form } = server;
  const { control } = form;
  const followUps = useFieldArray({ control, name: 'followUps' });
  const watched = useWatch({ control, name: ['hasAdvice', 'url', 'followUps'] });
  const [hasAdvice, url, followUpValues] = watched;
  const itemName = (key: KbDataItem) => KB_DATA_ITEMS[key][language];
  const itemExample = (key: KbDataItem) => (language === 'nl' ? KB_DATA_ITEMS[key].exampleNl : KB_DATA_ITEMS[key].exampleEn);
  const flagsError = form.formState.errors.portal?.message;

  return (
    <FormDialog
      testId="kb-question-dialog"
      title={code ? t('kb.questionDialog.edit', { code }) : t('kb.questionDialog.add')}
      form={server}
      onClose={onClose}
      texts={formDialogTexts(t, 'kb')}
      staleTestId="kb-question-conflict"
      maxWidth="lg"
      spacing={3}
    >
      <Stack spacing={2} component="section" aria-labelledby="kb-q-general">
        <Typography id="kb-q-general" variant="subtitle1" component="h3">
          {t('kb.section.general')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2 }}>
          <FormTextField control={control} name="description" label={t('kb.field.description')} autoFocus required slotProps={{ htmlInput: { maxLength: 200 } }} />
          <FormTextField control={control} name="topicCode" label={t('kb.field.topic')} select required>
            {topicOptions(topics)}
          </FormTextField>
        </Box>
        <FormTextField control={control} name="keywords" label={t('kb.field.keywords')} helperText={t('kb.field.keywords.help')} />
        <FormControl component="fieldset" variant="standard" error={Boolean(flagsError)}>
          <FormLabel component="legend">{t('kb.detail.flags')}</FormLabel>
          <FormGroup row>
            <FormCheckbox control={control} name="internal" label={t('kb.field.internal')} />
            <FormCheckbox control={control} name="portal" label={t('kb.field.portal')} />
            <FormCheckbox control={control} name="external" label={t('kb.field.external')} />
          </FormGroup>
          <FormHelperText>{flagsError ?? t('kb.field.flags.help')}</FormHelperText>
        </FormControl>
        <MarkupField control={control} name="answer" label={t('kb.field.answer')} testId="kb-answer" />
      </Stack>

      <Stack spacing={2} component="section" aria-labelledby="kb-q-followups">
        <Typography id="kb-q-followups" variant="subtitle1" component="h3">
          {t('kb.section.followUps')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('kb.followUp.supported', { items: kbDataItemKeys.map(itemName).join('; ') })}
        </Typography>
        {followUps.fields.map((field, i) => {
          const item = followUpValues[i]?.dataItem ?? '';
          return (
            <Paper key={field.id} variant="outlined" sx={{ p: 2 }}>
              <Stack spacing={2}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <FormTextField control={control} name={`followUps.${i}.question`} label={t('kb.followUp.question', { n: i + 1 })} fullWidth required />
                  <IconButton aria-label={t('kb.followUp.remove', { n: i + 1 })} onClick={() => followUps.remove(i)}>
                    <DeleteOutline />
                  </IconButton>
                </Stack>
                <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
                  <FormTextField control={control} name={`followUps.${i}.answers`} label={t('kb.followUp.answers')} multiline minRows={2} required />
                  <FormTextField
                    control={control}
                    name={`followUps.${i}.dataItem`}
                    label={t('kb.followUp.dataItem')}
                    select
                    helperText={item ? t('kb.followUp.dataItem.help', { example: itemExample(item) }) : undefined}
                  >
                    <MenuItem value="">{t('kb.followUp.dataItem.none')}</MenuItem>
                    {kbDataItemKeys.map((key) => (
                      <MenuItem key={key} value={key}>
                        {itemName(key)}
                      </MenuItem>
                    ))}
                  </FormTextField>
                </Box>
              </Stack>
            </Paper>
          );
        })}
        <Box>
          <Button startIcon={<AddOutlined />} onClick={() => followUps.append({ ...emptyFollowUp })} disabled={followUps.fields.length >= 10}>
            {t('kb.followUp.add')}
          </Button>
        </Box>
      </Stack>

      <Stack spacing={2} component="section" aria-labelledby="kb-q-advice">
        <Typography id="kb-q-advice" variant="subtitle1" component="h3">
          {t('kb.section.advice')}
        </Typography>
        <FormCheckbox control={control} name="hasAdvice" label={t('kb.field.hasAdvice')} />
        {hasAdvice && (
          <>
            <MarkupField control={control} name="adviceText" label={t('kb.field.adviceText')} testId="kb-advice" />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, gap: 2 }}>
              <FormTextField control={control} name="linkLabel" label={t('kb.field.linkLabel')} slotProps={{ htmlInput: { maxLength: 60 } }} />
              <Box>
                <FormTextField control={control} name="url" label={t('kb.field.url')} helperText={t('kb.field.url.help')} fullWidth />
                {url.trim() !== '' && <LinkKindText url={url.trim()} />}
              </Box>
            </Box>
          </>
        )}
      </Stack>
    </FormDialog>
  );
}
