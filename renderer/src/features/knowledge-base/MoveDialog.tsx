import { TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Question, Topic } from '../../../../shared/api/kb';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { refreshKb } from './kbQueries';
import { topicOptions } from './topicOptions';

export interface MoveDialogProps {
  question: Question;
  topics: readonly Topic[];
  onClose: () => void;
  onMoved: (question: Question) => void;
}

/** "Verplaatsen naar…": the keyboard (and screen reader) way to move a question to another topic. */
export function MoveDialog({ question, topics, onClose, onMoved }: MoveDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const others = topics.filter((x) => x.code !== question.topicCode);
  const [target, setTarget] = useState(others[0]?.code ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const move = async () => {
    setBusy(true);
    setError(null);
    try {
      const moved = await api.call('kb.updateQuestion', { params: { code: question.code }, body: { topicCode: target, version: question.version } });
      await refreshKb(queryClient);
      onMoved(moved);
    } catch (e) {
      setError(apiErrorText(e, t));
      await refreshKb(queryClient);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('kb.moveDialog.title', { name: question.code })}
      text={question.description}
      confirmLabel={t('kb.moveDialog.confirm')}
      busy={busy}
      error={error}
      onConfirm={() => void move()}
      onClose={onClose}
      testId="kb-move-dialog"
    >
      <TextField select label={t('kb.moveDialog.target')} value={target} onChange={(e) => setTarget(e.target.value)} helperText={t('kb.moveDialog.help')} autoFocus>
        {topicOptions(others)}
      </TextField>
    </ConfirmDialog>
  );
}
