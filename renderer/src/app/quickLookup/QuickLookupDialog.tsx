import HistoryRounded from '@mui/icons-material/HistoryRounded';
import PersonOutlineRounded from '@mui/icons-material/PersonOutlineRounded';
import SearchRounded from '@mui/icons-material/SearchRounded';
import {
  Alert,
  Box,
  Dialog,
  InputAdornment,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchTerm } from '../../components/freshResults';
import { SearchingNote, StaleResults } from '../../components/StaleResults';
import { visuallyHidden } from '../../components/StatusIcon';
import { useDebounced } from '../../components/useDebounced';
import { useCustomerSearch } from '../../features/customer/customerQueries';
import { useRecentCustomers } from '../../features/customer/search/recentCustomers';
import { useT } from '../../i18n';
import { navigate } from '../router';

const DEBOUNCE_MS = 150;
const LIMIT = 10;
/** The list key of the recent customers (no term); any term is a different key. */
const RECENT = '\u0000recent';

interface Option {
  customerNumber: string;
  name: string;
  address: string;
}

type ListKey = 'down' | 'up' | 'enter';

function OptionContent({ option, recent }: { option: Option; recent: boolean }) {
  return (
    <>
      <ListItemIcon sx={{ minWidth: 36 }}>{recent ? <HistoryRounded fontSize="small" /> : <PersonOutlineRounded fontSize="small" />}</ListItemIcon>
      <ListItemText
        primary={
          <>
            <Box component="span" sx={{ fontWeight: 500 }}>{option.name}</Box>
            <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontVariantNumeric: 'tabular-nums' }}>{option.customerNumber}</Box>
          </>
        }
        secondary={option.address}
      />
    </>
  );
}

/**
 * Type, arrows, Enter: the customer opens at #/customer/<nr>. Empty: the recent customers.
 * Keys act only on results that answer the term as typed: while a newer term is debounced or fetched the
 * old rows stay visible but dimmed and inert ("Zoeken…"), and arrows and Enter pressed meanwhile are kept
 * and carried out on the fresh results — never on the old ones.
 */
export function QuickLookupDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const listId = useId();
  const titleId = useId();
  const headingId = useId();
  const [q, setQ] = useState('');
  const typed = searchTerm(q);
  const debounced = searchTerm(useDebounced(q, DEBOUNCE_MS));
  const search = useCustomerSearch(typed === '' ? '' : debounced, LIMIT);
  const recent = useRecentCustomers();

  const showingRecent = typed === '';
  const answered = search.data;
  const fresh = showingRecent || answered?.q === typed;
  const rows: Option[] = showingRecent
    ? recent
    : (answered?.items ?? []).map((r) => ({ customerNumber: r.customerNumber, name: r.name, address: `${r.addressLine}, ${r.postcode} ${r.city}` }));
  const moreOnScreen = !showingRecent && (answered?.total ?? 0) > rows.length;
  const count = rows.length + (moreOnScreen ? 1 : 0);

  // The highlighted row belongs to one list: a list for another term starts at its first row.
  const listKey = showingRecent ? RECENT : (answered?.q ?? '');
  const [cursor, setCursor] = useState({ list: RECENT, index: 0 });
  const active = cursor.list === listKey ? Math.min(cursor.index, Math.max(0, count - 1)) : 0;
  /** Keys pressed while the rows were stale, in order; carried out once they are fresh. */
  const waiting = useRef<ListKey[]>([]);

  const open = (customerNumber: string) => {
    onClose();
    navigate(`/customer/${customerNumber}`);
  };
  const openAll = () => {
    onClose();
    navigate(`/customer?q=${encodeURIComponent(typed)}`);
  };
  const choose = (index: number) => {
    const chosen = rows[index];
    if (chosen) open(chosen.customerNumber);
    else if (moreOnScreen && index === rows.length) openAll();
  };
  const step = (from: number, key: 'down' | 'up') => (count === 0 ? 0 : key === 'down' ? (from + 1) % count : (from - 1 + count) % count);

  const onKeyDown = (event: KeyboardEvent) => {
    const key: ListKey | null = event.key === 'ArrowDown' ? 'down' : event.key === 'ArrowUp' ? 'up' : event.key === 'Enter' ? 'enter' : null;
    if (key === null) return;
    event.preventDefault();
    if (!fresh) waiting.current.push(key);
    else if (key === 'enter') choose(active);
    else setCursor({ list: listKey, index: step(active, key) });
  };

  // Keys wait only while the rows are stale, so the moment they turn fresh is when to replay them.
  const replayWaiting = useEffectEvent(() => {
    if (waiting.current.length === 0) return;
    const keys = waiting.current;
    waiting.current = [];
    let index = active;
    for (const key of keys) {
      if (key === 'enter') {
        choose(index);
        return;
      }
      index = step(index, key);
    }
    setCursor({ list: listKey, index });
  });
  useEffect(() => {
    if (fresh) replayWaiting();
  }, [fresh, listKey]);

  const activeId = fresh && rows[active] ? `${listId}-${active}` : undefined;
  const heading = showingRecent ? t('quick.recent') : t('quick.results');

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId} data-testid="quick-lookup" slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}>
      <Typography id={titleId} component="h2" sx={visuallyHidden}>
        {t('quick.title')}
      </Typography>
      <Box sx={{ p: 2, pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          name="quickLookup"
          label={t('quick.label')}
          placeholder={t('customer.search.placeholder')}
          value={q}
          onChange={(e) => {
            // Keys pressed for the previous term no longer count.
            waiting.current = [];
            setQ(e.target.value);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchRounded /></InputAdornment> },
            htmlInput: { role: 'combobox', 'aria-expanded': true, 'aria-controls': listId, 'aria-activedescendant': activeId, 'aria-autocomplete': 'list' },
          }}
        />
      </Box>
      <Box sx={{ height: 4 }}>{!showingRecent && search.isFetching && <LinearProgress aria-hidden />}</Box>
      {search.error && !showingRecent && (
        <Alert severity="error" sx={{ mx: 2 }}>
          {t('customer.search.failed', { message: search.error.message })}
        </Alert>
      )}
      <Stack direction="row" sx={{ px: 2, pt: 1, alignItems: 'baseline' }}>
        <Typography id={headingId} variant="body2" color="text.secondary" sx={{ fontWeight: 500 }}>
          {heading}
        </Typography>
        <SearchingNote stale={!fresh && !search.isError} testId="quick-searching" />
      </Stack>
      <Box sx={{ maxHeight: 420, overflowY: 'auto' }}>
        <List id={listId} role="listbox" dense aria-labelledby={headingId} aria-busy={!fresh} data-fresh={fresh ? 'true' : 'false'} sx={{ py: 0 }}>
          {fresh &&
            rows.map((o, i) => (
              <ListItemButton
                key={o.customerNumber}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                selected={i === active}
                onMouseEnter={() => setCursor({ list: listKey, index: i })}
                onClick={() => open(o.customerNumber)}
                data-customer={o.customerNumber}
              >
                <OptionContent option={o} recent={showingRecent} />
              </ListItemButton>
            ))}
          {fresh && moreOnScreen && (
            <ListItemButton role="option" aria-selected={active === rows.length} selected={active === rows.length} onClick={openAll}>
              <ListItemText primary={t('quick.more')} slotProps={{ primary: { color: 'primary' } }} />
            </ListItemButton>
          )}
        </List>
        {!fresh && rows.length > 0 && (
          // The previous term's rows: kept in view so the list does not jump, but not options and not clickable.
          <StaleResults stale testId="quick-stale">
            <List dense aria-hidden sx={{ py: 0, pointerEvents: 'none' }}>
              {rows.map((o) => (
                <ListItem key={o.customerNumber} sx={{ py: 0.5 }}>
                  <OptionContent option={o} recent={false} />
                </ListItem>
              ))}
            </List>
          </StaleResults>
        )}
        {fresh && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
            {showingRecent ? t('quick.noRecent') : t('customer.search.none')}
          </Typography>
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
        {t('quick.keys')}
      </Typography>
    </Dialog>
  );
}
