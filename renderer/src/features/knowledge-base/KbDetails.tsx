import { Alert, Box, Chip, Divider, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Question, Topic } from '../../../../shared/api/kb';
import { KB_DATA_ITEMS } from '../../../../shared/domain/kbDataItems';
import { linkKind } from '../../../../shared/markup';
import { MarkupView } from '../../components/MarkupView';
import { useI18n } from '../../i18n';
import { useDataAnswers } from './kbQueries';
import type { TreeRow } from './treeModel';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="overline" component="h3" sx={{ color: 'text.secondary', lineHeight: 1.5 }}>
        {label}
      </Typography>
      {children}
    </Box>
  );
}

function Keywords({ keywords }: { keywords: readonly string[] }) {
  const { t } = useI18n();
  if (keywords.length === 0) return <Typography variant="body2" sx={{ color: 'text.secondary' }}>{t('kb.detail.noKeywords')}</Typography>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {keywords.map((k) => (
        <Chip key={k} size="small" label={k} />
      ))}
    </Stack>
  );
}

/** Says where a link button goes (the same words as in the editor). */
export function LinkKindText({ url }: { url: string }) {
  const { t } = useI18n();
  const kind = linkKind(url);
  return (
    <Typography variant="caption" component="p" sx={{ color: kind === 'invalid' ? 'error.main' : 'text.secondary' }} data-testid="kb-link-kind">
      {kind === 'external' ? t('kb.link.external') : kind === 'relative' ? t('kb.link.relative') : t('kb.link.invalid')}
    </Typography>
  );
}

function TopicDetails({ topic }: { topic: Topic }) {
  const { t } = useI18n();
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {topic.description}
      </Typography>
      <Field label={t('kb.detail.code')}>
        <Typography variant="body2">{topic.code}</Typography>
      </Field>
      <Field label={t('kb.detail.keywords')}>
        <Keywords keywords={topic.keywords} />
      </Field>
      <Typography variant="body2">{t('kb.topic.count.label', { count: topic.questionCount, portal: topic.portalCount })}</Typography>
    </Stack>
  );
}

/** The customer number typed in (Enter looks it up, so half a number never fires a request). */
function CustomerField({ onLookUp }: { onLookUp: (customerNumber: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  return (
    <TextField
      size="small"
      label={t('kb.detail.customerNumber')}
      helperText={t('kb.detail.customerHint')}
      value={typed}
      onChange={(e) => setTyped(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onLookUp(typed.trim().toUpperCase());
      }}
      onBlur={() => onLookUp(typed.trim().toUpperCase())}
      slotProps={{ htmlInput: { 'data-testid': 'kb-customer-number' } }}
    />
  );
}

function QuestionDetails({ question, topic }: { question: Question; topic: Topic }) {
  const { t, language } = useI18n();
  const [customerNumber, setCustomerNumber] = useState('');
  const usesData = question.followUps.some((f) => f.dataItem);
  const answers = useDataAnswers(question.code, usesData ? customerNumber : '', language === 'en' ? 'en' : 'nl');
  const flags = [question.internal && t('kb.flag.internal'), question.portal && t('kb.flag.portal'), question.external && t('kb.flag.external')].filter(Boolean);
  return (
    <Stack spacing={2} data-testid="kb-question-details">
      <Typography variant="h6" component="h2">
        {question.description}
      </Typography>
      <Stack direction="row" spacing={4}>
        <Field label={t('kb.detail.code')}>
          <Typography variant="body2">{question.code}</Typography>
        </Field>
        <Field label={t('kb.detail.topic')}>
          <Typography variant="body2">
            {topic.code} · {topic.description}
          </Typography>
        </Field>
        <Field label={t('kb.detail.flags')}>
          <Typography variant="body2">{flags.join(', ') || '—'}</Typography>
        </Field>
      </Stack>
      <Field label={t('kb.detail.keywords')}>
        <Keywords keywords={question.keywords} />
      </Field>
      {question.answer && (
        <Field label={t('kb.detail.answer')}>
          <MarkupView markup={question.answer} />
        </Field>
      )}
      {usesData && (
        <Field label={t('kb.detail.forCustomer')}>
          <CustomerField onLookUp={setCustomerNumber} />
          {answers.error && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {t('kb.detail.customerFailed', { message: answers.error.message })}
            </Alert>
          )}
        </Field>
      )}
      {question.followUps.length > 0 && (
        <Field label={t('kb.detail.followUps')}>
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            {question.followUps.map((f, i) => (
              <li key={i}>
                <Typography variant="body2">{f.question}</Typography>
                <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
                  {f.answers.join(' · ')}
                </Typography>
                {f.dataItem && (
                  <Typography variant="caption" component="p" sx={{ color: 'info.main' }}>
                    {t('kb.detail.auto', { item: KB_DATA_ITEMS[f.dataItem][language] })} — {language === 'nl' ? KB_DATA_ITEMS[f.dataItem].exampleNl : KB_DATA_ITEMS[f.dataItem].exampleEn}
                  </Typography>
                )}
                {f.dataItem && answers.data && (
                  <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="kb-auto-answer">
                    {t('kb.detail.answerFor', { customer: answers.data.customerNumber, answer: answers.data.followUps[i]?.autoAnswer ?? t('kb.detail.noAutoAnswer') })}
                  </Typography>
                )}
              </li>
            ))}
          </Box>
        </Field>
      )}
      <Divider />
      <Field label={t('kb.detail.advice')}>
        {question.advice ? (
          <Stack spacing={1}>
            <MarkupView markup={question.advice.text} />
            {question.advice.url && (
              <Box>
                <Chip color="primary" label={question.advice.linkLabel ?? question.advice.url} />
                <Typography variant="caption" component="p">
                  {question.advice.url}
                </Typography>
                <LinkKindText url={question.advice.url} />
              </Box>
            )}
          </Stack>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('kb.detail.noAdvice')}
          </Typography>
        )}
      </Field>
    </Stack>
  );
}

/** The selected topic or question, read-only (what KCC staff read on the phone; editors get the dialogs). */
export function KbDetails({ row }: { row: TreeRow | undefined }) {
  const { t } = useI18n();
  if (!row) return <Alert severity="info">{t('kb.select')}</Alert>;
  return row.kind === 'topic' ? <TopicDetails topic={row.topic} /> : <QuestionDetails question={row.question} topic={row.topic} />;
}
