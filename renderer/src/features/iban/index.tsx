import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  FormControl,
  InputLabel,
  Link,
  MenuItem,
  Select,
  Snackbar,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { IbanParty } from '../../../../shared/api/iban';
import { navigate, useRoute } from '../../app/router';
import { apiErrorText } from '../../components/apiErrorText';
import { useDebounced } from '../../components/useDebounced';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { EnterIbanDialog } from './EnterIbanDialog';
import { IbanDetailsDialog } from './IbanDetailsDialog';
import { useIbanChanges } from './ibanQueries';

type Tab = 'pending' | 'decided';

/**
 * The queue of IBAN changes (open / decided), filtered by party and name; a row opens the details (also from
 * "#/iban?id=12", the link a notification or the attention overview opens). The list refreshes on live events.
 */
export default function IbanScreen() {
  const t = useT();
  const dates = useDates();
  const route = useRoute();
  const tab: Tab = route.query.get('status') === 'decided' ? 'decided' : 'pending';
  const overdueOnly = route.query.get('status') === 'overdue';
  const openId = Number(route.query.get('id')) || null;
  const [party, setParty] = useState<IbanParty | 'all'>('all');
  const [q, setQ] = useState('');
  const query = useDebounced(q, 250);
  const [entering, setEntering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useIbanChanges({ status: overdueOnly ? 'overdue' : tab, ...(party === 'all' ? {} : { party }), ...(query ? { q: query } : {}), pageSize: 100 });

  const go = (params: Record<string, string | number | null>) => {
    const next = new URLSearchParams(route.query);
    for (const [k, v] of Object.entries(params)) {
      if (v === null) next.delete(k);
      else next.set(k, String(v));
    }
    const s = next.toString();
    navigate(`/iban${s ? `?${s}` : ''}`);
  };

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('iban.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('iban.intro')}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Tabs value={overdueOnly ? 'pending' : tab} onChange={(_e, v: Tab) => go({ status: v, id: null })} aria-label={t('iban.title')}>
          <Tab value="pending" label={t('iban.tab.pending')} />
          <Tab value="decided" label={t('iban.tab.decided')} />
        </Tabs>
        <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEntering(true)}>
          {t('iban.add')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <FormControl size="small" sx={{ minWidth: 160 }}>
          <InputLabel id="iban-party-label">{t('iban.filter.party')}</InputLabel>
          <Select labelId="iban-party-label" label={t('iban.filter.party')} value={party} onChange={(e) => setParty(e.target.value as IbanParty | 'all')}>
            <MenuItem value="all">{t('iban.party.all')}</MenuItem>
            <MenuItem value="partner">{t('iban.party.partner')}</MenuItem>
            <MenuItem value="tenant">{t('iban.party.tenant')}</MenuItem>
          </Select>
        </FormControl>
        <TextField size="small" label={t('iban.search')} value={q} onChange={(e) => setQ(e.target.value)} sx={{ minWidth: 300 }} />
      </Stack>
      {list.isPending && <CircularProgress aria-label={t('common.loading')} />}
      {list.isError && <Alert severity="error">{t('iban.loadFailed', { message: apiErrorText(list.error, t) })}</Alert>}
      {list.data && (
        <>
          <Typography variant="subtitle1" component="p" data-testid="iban-count">
            {t('iban.count', { count: list.data.total })}
            {list.data.overdue > 0 && tab === 'pending' && (
              <Link component="button" sx={{ ml: 2 }} color="error" onClick={() => go({ status: 'overdue' })}>
                {t('iban.overdueCount', { count: list.data.overdue })}
              </Link>
            )}
          </Typography>
          {list.data.items.length === 0 ? (
            <Alert severity="info">{t('iban.empty')}</Alert>
          ) : (
            <TableContainer>
              <Table size="small" aria-label={t('iban.table.label')} data-testid="iban-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('iban.col.party')}</TableCell>
                    <TableCell>{t('iban.col.old')}</TableCell>
                    <TableCell>{t('iban.col.new')}</TableCell>
                    <TableCell>{t('iban.col.enteredAt')}</TableCell>
                    <TableCell>{t('iban.col.enteredBy')}</TableCell>
                    <TableCell>{t('iban.col.status')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.data.items.map((c) => (
                    <TableRow key={c.id} hover selected={c.id === openId}>
                      <TableCell>
                        <Link component="button" onClick={() => go({ id: c.id })} sx={{ textAlign: 'left' }}>
                          {c.partyName}
                        </Link>
                        <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
                          {t(`iban.party.${c.party}`)}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{c.oldIban || '—'}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{c.newIban}</TableCell>
                      <TableCell>{dates.dateTime(c.enteredAt)}</TableCell>
                      <TableCell>{c.enteredBy}</TableCell>
                      <TableCell>
                        <Stack direction="row" spacing={0.5}>
                          <Chip size="small" label={t(`iban.status.${c.status}`)} color={c.status === 'approved' ? 'success' : c.status === 'pending' ? 'warning' : 'default'} />
                          {c.overdue && <Chip size="small" color="error" label={t('iban.overdue')} />}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
      {openId !== null && (
        <IbanDetailsDialog
          id={openId}
          onClose={() => go({ id: null })}
          onDone={(message) => {
            setNotice(message);
            go({ id: null });
          }}
        />
      )}
      {entering && (
        <EnterIbanDialog
          onClose={() => setEntering(false)}
          onDone={(_id, message) => {
            setEntering(false);
            setNotice(message);
          }}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
