import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmailTemplateId } from '../../../../shared/api/emailTemplates';
import type { OutboxMail } from '../../../../shared/api/outbox';
import { api } from '../../app/api';
import { useDebounced } from '../../components/useDebounced';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';

type State = '' | 'waiting' | 'sent' | 'failing';
interface Filters {
  to: string;
  template: string;
  state: State;
  page: number;
  pageSize: number;
}

/** Uitgaande e-mail: what the portal sent or is waiting to send, with attempts and the last error. */
export default function OutboxScreen() {
  const t = useT();
  const dates = useDates();
  const [f, setF] = useDraft<Filters>('outbox.filters', { to: '', template: '', state: '', page: 1, pageSize: 25 });
  const to = useDebounced(f.to, 300);
  const [open, setOpen] = useState<OutboxMail | null>(null);
  const list = useQuery({
    queryKey: ['outbox', { ...f, to }],
    queryFn: ({ signal }) =>
      api.call('outbox.list', { query: { to: to || undefined, template: f.template || undefined, state: f.state || undefined, page: f.page, pageSize: f.pageSize } }, { signal }),
    placeholderData: keepPreviousData,
    // Delivery happens in the background: the screen follows it.
    refetchInterval: 5_000,
  });
  const set = (patch: Partial<Filters>) => setF({ ...f, page: 1, ...patch });

  const status = (m: OutboxMail) =>
    m.sentAt
      ? t('outbox.sentAt', { at: dates.dateTime(m.sentAt) })
      : m.lastError
        ? t('outbox.failing', { attempts: m.attempts, next: m.nextAttemptAt ? dates.dateTime(m.nextAttemptAt) : '—' })
        : t('outbox.waiting');

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('outbox.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('outbox.intro')}
      </Typography>
      {list.data && (
        <Alert severity={list.data.delivering ? (list.data.failing > 0 ? 'warning' : 'success') : 'info'} sx={{ mb: 2 }} data-testid="outbox-delivery">
          {list.data.delivering ? t('outbox.delivering') : t('outbox.notDelivering')} {t('outbox.counts', { waiting: list.data.waiting, failing: list.data.failing })}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} role="search">
        <TextField size="small" label={t('outbox.filter.to')} value={f.to} onChange={(e) => set({ to: e.target.value })} />
        <TextField size="small" select label={t('outbox.filter.template')} value={f.template} onChange={(e) => set({ template: e.target.value })} sx={{ minWidth: 260 }}>
          <MenuItem value="">{t('outbox.filter.all')}</MenuItem>
          {EmailTemplateId.options.map((id) => (
            <MenuItem key={id} value={id}>
              {id}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t('outbox.filter.state')} value={f.state} onChange={(e) => set({ state: e.target.value as State })} sx={{ minWidth: 220 }}>
          <MenuItem value="">{t('outbox.filter.all')}</MenuItem>
          <MenuItem value="waiting">{t('outbox.state.waiting')}</MenuItem>
          <MenuItem value="sent">{t('outbox.state.sent')}</MenuItem>
          <MenuItem value="failing">{t('outbox.state.failing')}</MenuItem>
        </TextField>
        <Button startIcon={<RefreshOutlined />} onClick={() => void list.refetch()}>
          {t('outbox.refresh')}
        </Button>
      </Stack>
      {list.isPending ? (
        <CircularProgress aria-label={t('common.loading')} />
      ) : list.isError ? (
        <Alert severity="error">{t('outbox.loadFailed', { message: list.error.message })}</Alert>
      ) : list.data.items.length === 0 ? (
        <Alert severity="info">{t('outbox.none')}</Alert>
      ) : (
        <>
          <TableContainer>
            <Table size="small" aria-label={t('outbox.table')} data-testid="outbox-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('outbox.col.created')}</TableCell>
                  <TableCell>{t('outbox.col.to')}</TableCell>
                  <TableCell>{t('outbox.col.template')}</TableCell>
                  <TableCell>{t('outbox.col.subject')}</TableCell>
                  <TableCell>{t('outbox.col.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.items.map((m) => (
                  <TableRow key={m.id} hover>
                    <TableCell>{dates.dateTime(m.createdAt)}</TableCell>
                    <TableCell>{m.to}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{m.template}</TableCell>
                    <TableCell>
                      <Link component="button" type="button" onClick={() => setOpen(m)} title={t('outbox.open', { id: m.id })} sx={{ textAlign: 'left' }}>
                        {m.subject}
                      </Link>
                    </TableCell>
                    <TableCell>{status(m)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={list.data.total}
            page={f.page - 1}
            rowsPerPage={f.pageSize}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_, p) => setF({ ...f, page: p + 1 })}
            onRowsPerPageChange={(e) => setF({ ...f, page: 1, pageSize: Number(e.target.value) })}
          />
        </>
      )}
      {open && (
        <Dialog open onClose={() => setOpen(null)} fullWidth maxWidth="md" aria-labelledby="outbox-mail-title">
          <DialogTitle id="outbox-mail-title">{t('outbox.dialog.title', { id: open.id })}</DialogTitle>
          <DialogContent>
            <Stack spacing={1}>
              <Typography>{t('outbox.dialog.to', { to: open.to })}</Typography>
              <Typography>{t('outbox.dialog.subject', { subject: open.subject })}</Typography>
              <Typography>{status(open)}</Typography>
              <Typography>{t('outbox.dialog.attempts', { attempts: open.attempts })}</Typography>
              {open.lastError && <Alert severity="warning">{t('outbox.dialog.lastError', { error: open.lastError })}</Alert>}
              <Typography variant="subtitle2" component="h3">
                {t('outbox.dialog.text')}
              </Typography>
              {/* The text part, as text: the HTML part is never put into the page. */}
              <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', p: 1, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="outbox-mail-text">
                {open.text}
              </Box>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(null)} autoFocus>
              {t('outbox.dialog.close')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
