import { FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Question, Topic } from '../../../../shared/api/kb';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { refreshKb } from './kbQueries';
import { topicOptions } from './topicOptions';

export type DeleteTarget = { kind: 'topic'; topic: Topic; questions: readonly Question[] } | { kind: 'question'; question: Question };

export interface DeleteDialogProps {
  target: DeleteTarget;
  topics: readonly Topic[];
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Deleting asks first. The server never deletes a topic that still holds questions (409), so nothing
 * disappears by accident; here the editor decides what happens to them — moved to another topic (the
 * default, nothing is lost) or deleted as well — and then the empty topic goes, with progress shown.
 */
export function DeleteDialog({ target, topics, onClose, onDeleted }: DeleteDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const held = target.kind === 'topic' ? target.questions : [];
  const others = target.kind === 'topic' ? topics.filter((x) => x.code !== target.topic.code) : [];
  const [mode, setMode] = useState<'move' | 'delete'>(others.length > 0 ? 'move' : 'delete');
  const [moveTo, setMoveTo] = useState(others[0]?.code ?? '');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null;

  const run = async () => {
    setError(null);
    try {
      if (target.kind === 'question') {
        setProgress({ done: 0, total: 1 });
        await api.call('kb.removeQuestion', { params: { code: target.question.code } });
      } else {
        const total = held.length + 1;
        setProgress({ done: 0, total });
        for (const [i, q] of held.entries()) {
          if (mode === 'move') await api.call('kb.updateQuestion', { params: { code: q.code }, body: { topicCode: moveTo, version: q.version } });
          else await api.call('kb.removeQuestion', { params: { code: q.code } });
          setProgress({ done: i + 1, total });
        }
        await api.call('kb.removeTopic', { params: { code: target.topic.code } });
      }
      await refreshKb(queryClient);
      onDeleted();
    } catch (e) {
      setError(apiErrorText(e, t));
      setProgress(null);
      // Part may have been done: show the tree as it is now.
      await refreshKb(queryClient);
    }
  };

  const name = target.kind === 'topic' ? target.topic.description : target.question.description;
  return (
    <ConfirmDialog
      open
      danger
      title={t(target.kind === 'topic' ? 'kb.delete.title.topic' : 'kb.delete.title.question')}
      text={t(target.kind === 'topic' ? 'kb.delete.text.topic' : 'kb.delete.text.question', { name })}
      confirmLabel={t('kb.delete.confirm')}
      busy={busy}
      busyLabel={progress ? t('kb.delete.progress', { done: progress.done, total: progress.total }) : undefined}
      error={error}
      onConfirm={() => void run()}
      onClose={onClose}
      testId="kb-delete-dialog"
    >
      {held.length > 0 && (
        <Stack spacing={1} data-testid="kb-delete-holds">
          <p style={{ margin: 0 }}>{held.length === 1 ? t('kb.delete.holds.one') : t('kb.delete.holds', { count: held.length })}</p>
          <RadioGroup aria-label={t('kb.delete.choice')} value={mode} onChange={(e) => setMode(e.target.value === 'delete' ? 'delete' : 'move')}>
            {others.length > 0 && <FormControlLabel value="move" control={<Radio />} label={t('kb.delete.moveTo')} />}
            {mode === 'move' && others.length > 0 && (
              <TextField select size="small" label={t('kb.moveDialog.target')} value={moveTo} onChange={(e) => setMoveTo(e.target.value)} sx={{ ml: 4 }}>
                {topicOptions(others)}
              </TextField>
            )}
            <FormControlLabel value="delete" control={<Radio />} label={t('kb.delete.alsoQuestions', { count: held.length })} />
          </RadioGroup>
        </Stack>
      )}
    </ConfirmDialog>
  );
}
