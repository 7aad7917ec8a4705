import { alpha, Alert, Box, CircularProgress, Link, List, ListItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { findTermRange, KB_MIN_TERM, normalizeTerm } from '../../../../shared/domain/kbSearch';
import { api } from '../../app/api';
import { useDebounced } from '../../components/useDebounced';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { kbKeys } from './kbQueries';

/** The text with the searched part marked (a <mark>, built as elements: no HTML from the text). */
function Snippet({ text, term }: { text: string; term: string }) {
  const range = findTermRange(text, term);
  if (!range) return <>{text}</>;
  return (
    <>
      {text.slice(0, range[0])}
      <Box component="mark" sx={{ bgcolor: (theme) => alpha(theme.palette.warning.main, 0.18), color: 'inherit', px: 0.25, fontWeight: 600 }}>
        {text.slice(range[0], range[1])}
      </Box>
      {text.slice(range[1])}
    </>
  );
}

/**
 * Zoekvoorbeeld: what a tenant finds for a term — the answer of the server's own search (the code behind the
 * portal's GET /portal/kb/search), with the matched parts highlighted and what was left out as internal-only.
 */
export function SearchPreview({ onOpen }: { onOpen: (code: string) => void }) {
  const t = useT();
  const [term, setTerm] = useDraft('kb.searchTerm', '');
  const [openTopic, setOpenTopic] = useState<string | null>(null);
  const q = useDebounced(term, 200);
  const searchable = normalizeTerm(q) !== null;
  const result = useQuery({
    queryKey: kbKeys.search(q),
    queryFn: ({ signal }) => api.call('kb.search', { query: { q } }, { signal }),
    enabled: searchable,
    staleTime: 0,
  });
  const data = result.data;
  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('kb.search.rules')}
      </Typography>
      <TextField
        label={t('kb.search.term')}
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        helperText={t('kb.search.help', { min: KB_MIN_TERM })}
        slotProps={{ htmlInput: { 'data-testid': 'kb-search-input', maxLength: 200, type: 'search' } }}
        autoFocus
      />
      <Box aria-live="polite" data-testid="kb-search-result">
        {!searchable ? (
          term.trim() !== '' && <Typography sx={{ color: 'text.secondary' }}>{t('kb.search.short', { min: KB_MIN_TERM })}</Typography>
        ) : result.isError ? (
          <Alert severity="error">{t('kb.search.failed', { message: result.error.message })}</Alert>
        ) : !data ? (
          <CircularProgress size={24} aria-label={t('common.loading')} />
        ) : (
          <Stack spacing={2}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              {data.topics.length === 0 ? (
                <Typography data-testid="kb-search-none">{t('kb.search.none')}</Typography>
              ) : (
                <>
                  <Typography variant="subtitle2" component="h2">
                    {data.topics.length === 1 ? t('kb.search.result.one') : t('kb.search.result', { count: data.topics.length })}
                  </Typography>
                  <List dense>
                    {data.topics.map((topic) => {
                      const questions = data.questions.filter((x) => x.topicCode === topic.code);
                      const open = openTopic === topic.code;
                      return (
                        <Fragment key={topic.code}>
                          <ListItem disableGutters data-testid={`kb-search-topic-${topic.code}`} sx={{ display: 'block' }}>
                            <Link component="button" type="button" aria-expanded={open} onClick={() => setOpenTopic(open ? null : topic.code)}>
                              <Snippet text={topic.description} term={q} />
                            </Link>{' '}
                            <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }} data-testid="kb-search-count">
                              {topic.matches === 1 ? t('kb.search.items.one') : t('kb.search.items', { count: topic.matches })}
                            </Typography>
                            {open && questions.length > 0 && (
                              <Box component="ul" sx={{ mt: 0.5, mb: 0, pl: 3 }}>
                                {questions.map((x) => (
                                  <li key={x.code}>
                                    <Link component="button" type="button" variant="body2" onClick={() => onOpen(x.code)}>
                                      <Snippet text={x.description} term={q} />
                                    </Link>
                                  </li>
                                ))}
                              </Box>
                            )}
                          </ListItem>
                        </Fragment>
                      );
                    })}
                  </List>
                  {data.questionTotal > data.questions.length && (
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      {t('kb.search.more', { count: data.questionTotal - data.questions.length })}
                    </Typography>
                  )}
                </>
              )}
            </Paper>
            {data.leftOut.questions > 0 && (
              <Alert severity="info" data-testid="kb-search-left-out">
                {data.leftOut.questions === 1 ? t('kb.search.leftOut.one') : t('kb.search.leftOut', { count: data.leftOut.questions })}
                {data.leftOut.topics.length > 0 && ` ${t('kb.search.leftOut.topics', { topics: data.leftOut.topics.map((x) => x.description).join(', ') })}`}
              </Alert>
            )}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
