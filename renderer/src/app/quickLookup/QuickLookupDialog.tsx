import HistoryRounded from '@mui/icons-material/HistoryRounded';
import PersonOutlineRounded from '@mui/icons-material/PersonOutlineRounded';
import {
  Alert,
  Box,
  Dialog,
  InputAdornment,
  LinearProgress,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  TextField,
  Typography,
} from '@mui/material';
import SearchRounded from '@mui/icons-material/SearchRounded';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useCustomerSearch } from '../../features/customer/customerQueries';
import { useRecentCustomers } from '../../features/customer/search/recentCustomers';
import { useDebounced } from '../../components/useDebounced';
import { useT } from '../../i18n';
import { navigate } from '../router';

const DEBOUNCE_MS = 150;
const LIMIT = 10;

interface Option {
  customerNumber: string;
  name: string;
  address: string;
}

/** Type, arrows, Enter: the customer opens at #/customer/<nr>. Empty: the recent customers. */
export function QuickLookupDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const listId = useId();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const term = useDebounced(q, DEBOUNCE_MS).trim();
  const search = useCustomerSearch(q.trim() === '' ? '' : term, LIMIT);
  const recent = useRecentCustomers();

  const showingRecent = q.trim() === '';
  const options: Option[] = showingRecent
    ? recent
    : (search.data?.items ?? []).map((r) => ({ customerNumber: r.customerNumber, name: r.name, address: `${r.addressLine}, ${r.postcode} ${r.city}` }));
  const moreOnScreen = !showingRecent && (search.data?.total ?? 0) > options.length;

  useEffect(() => setActive(0), [term, showingRecent]);

  const open = (customerNumber: string) => {
    onClose();
    navigate(`/customer/${customerNumber}`);
  };
  const openAll = () => {
    onClose();
    navigate(`/customer?q=${encodeURIComponent(q.trim())}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = options.length + (moreOnScreen ? 1 : 0);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (count === 0 ? 0 : (i + 1) % count));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (count === 0 ? 0 : (i - 1 + count) % count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) open(chosen.customerNumber);
      else if (moreOnScreen && active === options.length) openAll();
    }
  };

  const activeId = options[active] ? `${listId}-${active}` : undefined;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-label={t('quick.title')} data-testid="quick-lookup" slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}>
      <Box sx={{ p: 2, pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          name="quickLookup"
          label={t('quick.label')}
          placeholder={t('customer.search.placeholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchRounded /></InputAdornment> },
            htmlInput: { role: 'combobox', 'aria-expanded': true, 'aria-controls': listId, 'aria-activedescendant': activeId, 'aria-autocomplete': 'list' },
          }}
        />
      </Box>
      <Box sx={{ height: 4 }}>{!showingRecent && search.isFetching && <LinearProgress />}</Box>
      {search.error && !showingRecent && (
        <Alert severity="error" sx={{ mx: 2 }}>
          {t('customer.search.failed', { message: search.error.message })}
        </Alert>
      )}
      <List
        id={listId}
        role="listbox"
        dense
        aria-label={showingRecent ? t('quick.recent') : t('quick.results')}
        sx={{ maxHeight: 420, overflowY: 'auto', pt: 0 }}
        subheader={<ListSubheader sx={{ lineHeight: '32px' }}>{showingRecent ? t('quick.recent') : t('quick.results')}</ListSubheader>}
      >
        {options.map((o, i) => (
          <ListItemButton
            key={o.customerNumber}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            selected={i === active}
            onMouseEnter={() => setActive(i)}
            onClick={() => open(o.customerNumber)}
            data-customer={o.customerNumber}
          >
            <ListItemIcon sx={{ minWidth: 36 }}>{showingRecent ? <HistoryRounded fontSize="small" /> : <PersonOutlineRounded fontSize="small" />}</ListItemIcon>
            <ListItemText
              primary={
                <>
                  <Box component="span" sx={{ fontWeight: 500 }}>{o.name}</Box>
                  <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontVariantNumeric: 'tabular-nums' }}>{o.customerNumber}</Box>
                </>
              }
              secondary={o.address}
            />
          </ListItemButton>
        ))}
        {moreOnScreen && (
          <ListItemButton role="option" aria-selected={active === options.length} selected={active === options.length} onClick={openAll}>
            <ListItemText primary={t('quick.more')} slotProps={{ primary: { color: 'primary' } }} />
          </ListItemButton>
        )}
        {options.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
            {showingRecent ? t('quick.noRecent') : search.data ? t('customer.search.none') : ' '}
          </Typography>
        )}
      </List>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, pb: 1.5 }}>
        {t('quick.keys')}
      </Typography>
    </Dialog>
  );
}
