import AddOutlined from '@mui/icons-material/AddOutlined';
import UnfoldLess from '@mui/icons-material/UnfoldLess';
import UnfoldMore from '@mui/icons-material/UnfoldMore';
import { Alert, Box, Button, CircularProgress, Paper, Snackbar, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Question } from '../../../../shared/api/kb';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { useCan } from '../../session/useCan';
import { DeleteDialog } from './DeleteDialog';
import { KbDetails } from './KbDetails';
import { refreshKb, useQuestions, useTopics } from './kbQueries';
import { KbToolbar, type RowAction } from './KbToolbar';
import { KbTree, type TreeAction } from './KbTree';
import { MoveDialog } from './MoveDialog';
import { QuestionDialog } from './QuestionDialog';
import { SearchPreview } from './SearchPreview';
import { TopicDialog } from './TopicDialog';
import { visibleRows, type TreeRow } from './treeModel';

/** Which dialog is open, kept as a draft so a remount (session expiry, lost connection) reopens it. */
type Open =
  | { kind: 'addTopic' }
  | { kind: 'editTopic'; code: string }
  | { kind: 'addQuestion'; topicCode: string }
  | { kind: 'editQuestion'; code: string }
  | { kind: 'move'; code: string }
  | { kind: 'delete'; code: string }
  | null;

/** Kennisbank: the tree of topics and customer questions, its editor (admins) and the portal's search preview. */
export default function KnowledgeBaseScreen() {
  const t = useT();
  const queryClient = useQueryClient();
  const canEdit = useCan('portal.configure');
  const topics = useTopics();
  const questions = useQuestions();
  const [tab, setTab] = useDraft<'tree' | 'search'>('kb.tab', 'tree');
  const [expandedList, setExpandedList] = useDraft<string[]>('kb.expanded', []);
  const [filter, setFilter] = useDraft('kb.filter', '');
  const [selectedId, setSelectedId] = useDraft<string | null>('kb.selected', null);
  const [open, setOpen, clearOpen] = useDraft<Open>('kb.open', null);
  const [notice, setNotice] = useState<string | null>(null);
  const expanded = useMemo(() => new Set(expandedList), [expandedList]);
  const topicList = useMemo(() => topics.data ?? [], [topics.data]);
  const questionList = useMemo(() => questions.data ?? [], [questions.data]);
  const rows = useMemo(() => visibleRows(topicList, questionList, expanded, filter), [topicList, questionList, expanded, filter]);

  if (topics.isPending || questions.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  if (topics.isError || questions.isError) {
    const message = (topics.error ?? questions.error)?.message ?? '';
    return <Alert severity="error">{t('kb.loadFailed', { message })}</Alert>;
  }

  const selected: TreeRow | undefined = rows.find((r) => r.id === selectedId) ?? rows[0];
  const toggle = (code: string, force?: boolean) =>
    setExpandedList((list) => {
      const isOpen = list.includes(code);
      const next = force ?? !isOpen;
      if (next === isOpen) return list;
      return next ? [...list, code] : list.filter((c) => c !== code);
    });
  const questionByCode = (code: string) => questionList.find((q) => q.code === code);

  const move = async (row: TreeRow, direction: 'up' | 'down') => {
    try {
      if (row.kind === 'topic') await api.call('kb.moveTopic', { params: { code: row.id }, body: { direction } });
      else await api.call('kb.moveQuestion', { params: { code: row.id }, body: { direction } });
      await refreshKb(queryClient);
      setNotice(t('kb.moved'));
    } catch (e) {
      setNotice(apiErrorText(e, t));
    }
  };
  const moveQuestionTo = async (code: string, topicCode: string) => {
    const q = questionByCode(code);
    if (!q || q.topicCode === topicCode) return;
    try {
      await api.call('kb.updateQuestion', { params: { code }, body: { topicCode, version: q.version } });
      await refreshKb(queryClient);
      toggle(topicCode, true);
      setNotice(t('kb.moved'));
    } catch (e) {
      setNotice(t('kb.moveFailed', { message: apiErrorText(e, t) }));
      await refreshKb(queryClient);
    }
  };

  const act = (action: RowAction | TreeAction, row: TreeRow) => {
    setSelectedId(row.id);
    if (action === 'open') {
      if (row.kind === 'topic') toggle(row.id);
      return;
    }
    if (!canEdit) return;
    if (action === 'up' || action === 'down') void move(row, action);
    else if (action === 'edit') setOpen(row.kind === 'topic' ? { kind: 'editTopic', code: row.id } : { kind: 'editQuestion', code: row.id });
    else if (action === 'delete') setOpen({ kind: 'delete', code: row.id });
    else if (action === 'moveTo' && row.kind === 'question') setOpen({ kind: 'move', code: row.id });
    else if (action === 'addQuestion') setOpen({ kind: 'addQuestion', topicCode: row.topic.code });
  };

  const openQuestion = (code: string) => {
    const q = questionByCode(code);
    if (!q) return;
    toggle(q.topicCode, true);
    setFilter('');
    setSelectedId(code);
    setTab('tree');
  };
  const saved = (code: string) => {
    clearOpen();
    setSelectedId(code);
    setNotice(t('kb.saved'));
  };

  const editTopic = open?.kind === 'editTopic' ? topicList.find((x) => x.code === open.code) : undefined;
  const editQuestion: Question | undefined = open?.kind === 'editQuestion' || open?.kind === 'move' ? questionByCode(open.code) : undefined;
  const deleteRow = open?.kind === 'delete' ? (topicList.find((x) => x.code === open.code) ?? questionByCode(open.code)) : undefined;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('kb.title')}
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 1, maxWidth: 900 }}>{t('kb.intro')}</Typography>
      {!canEdit && (
        <Alert severity="info" sx={{ mb: 2, maxWidth: 900 }} data-testid="kb-read-only">
          {t('kb.readOnly')}
        </Alert>
      )}
      <Tabs value={tab} onChange={(_, v: 'tree' | 'search') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="tree" label={t('kb.tab.tree')} id="kb-tab-tree" aria-controls="kb-panel-tree" data-testid="kb-tab-tree" />
        <Tab value="search" label={t('kb.tab.search')} id="kb-tab-search" aria-controls="kb-panel-search" data-testid="kb-tab-search" />
      </Tabs>
      {tab === 'search' ? (
        <Box role="tabpanel" id="kb-panel-search" aria-labelledby="kb-tab-search">
          <SearchPreview onOpen={openQuestion} />
        </Box>
      ) : (
        <Box role="tabpanel" id="kb-panel-tree" aria-labelledby="kb-tab-tree" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(420px, 1fr) 1.2fr' }, gap: 2 }}>
          <Stack spacing={1}>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <TextField
                size="small"
                label={t('kb.filter')}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                helperText={t('kb.filter.help')}
                slotProps={{ htmlInput: { type: 'search', 'data-testid': 'kb-filter' } }}
                sx={{ flexGrow: 1, minWidth: 200 }}
              />
              <Button size="small" startIcon={<UnfoldMore />} onClick={() => setExpandedList(topicList.map((x) => x.code))}>
                {t('kb.expandAll')}
              </Button>
              <Button size="small" startIcon={<UnfoldLess />} onClick={() => setExpandedList([])}>
                {t('kb.collapseAll')}
              </Button>
              {canEdit && (
                <Button size="small" variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'addTopic' })}>
                  {t('kb.addTopic')}
                </Button>
              )}
            </Stack>
            <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="kb-totals">
              {t('kb.count.topics', { topics: topicList.length, questions: questionList.length })}
            </Typography>
            <Paper variant="outlined" sx={{ p: 0.5, maxHeight: '65vh', overflow: 'auto' }}>
              {rows.length === 0 ? (
                <Typography sx={{ p: 2, color: 'text.secondary' }}>{topicList.length === 0 ? t('kb.empty') : t('kb.filter.none')}</Typography>
              ) : (
                <KbTree
                  rows={rows}
                  selectedId={selected?.id ?? null}
                  canEdit={canEdit}
                  onSelect={(row) => setSelectedId(row.id)}
                  onToggle={toggle}
                  onAction={act}
                  onDropQuestion={(code, topicCode) => void moveQuestionTo(code, topicCode)}
                />
              )}
            </Paper>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {t('kb.keys')}
            </Typography>
          </Stack>
          <Paper variant="outlined" sx={{ p: 2, alignSelf: 'start' }}>
            <Stack spacing={2}>
              {canEdit && selected && <KbToolbar row={selected} onAction={(a) => act(a, selected)} />}
              <KbDetails row={selected} />
            </Stack>
          </Paper>
        </Box>
      )}

      {(open?.kind === 'addTopic' || (open?.kind === 'editTopic' && editTopic)) && (
        <TopicDialog key={open.kind === 'editTopic' ? open.code : 'new'} topic={editTopic ?? null} onClose={clearOpen} onSaved={(x) => saved(x.code)} />
      )}
      {(open?.kind === 'addQuestion' || (open?.kind === 'editQuestion' && editQuestion)) && (
        <QuestionDialog
          key={open.kind === 'editQuestion' ? open.code : `new-${open.topicCode}`}
          question={editQuestion ?? null}
          topicCode={open.kind === 'addQuestion' ? open.topicCode : (editQuestion?.topicCode ?? '')}
          topics={topicList}
          onClose={clearOpen}
          onSaved={(x) => {
            toggle(x.topicCode, true);
            saved(x.code);
          }}
        />
      )}
      {open?.kind === 'move' && editQuestion && (
        <MoveDialog
          question={editQuestion}
          topics={topicList}
          onClose={clearOpen}
          onMoved={(x) => {
            toggle(x.topicCode, true);
            saved(x.code);
          }}
        />
      )}
      {open?.kind === 'delete' && deleteRow && (
        <DeleteDialog
          target={'topicCode' in deleteRow ? { kind: 'question', question: deleteRow } : { kind: 'topic', topic: deleteRow, questions: questionList.filter((q) => q.topicCode === deleteRow.code) }}
          topics={topicList}
          onClose={clearOpen}
          onDeleted={() => {
            clearOpen();
            setSelectedId(null);
            setNotice(t('kb.deleted'));
          }}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
