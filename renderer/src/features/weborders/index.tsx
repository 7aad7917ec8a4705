import AddRounded from '@mui/icons-material/AddRounded';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, LinearProgress, Link, List, ListItem, Snackbar, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BulkResult, WeborderFilter, WeborderSort } from '../../../../shared/api/weborders';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { useDebounced } from '../../components/useDebounced';
import { useDraft } from '../../hooks/useDraft';
import { useRouteFilter } from '../../components/useRouteFilter';
import { useT } from '../../i18n';
import { useCan } from '../../session/useCan';
import { MoveDialog } from './MoveDialog';
import { NewWeborderDialog } from './NewWeborderDialog';
import { WeborderDrawer } from './WeborderDrawer';
import { emptyWeborderFilter, WeborderFilterBar, weborderStatusChoices, type WeborderFilterForm, type WeborderStatusChoice } from './WeborderFilterBar';
import { useWeborderList, weborderKeys } from './weborderQueries';
import { WeborderTable } from './WeborderTable';
import { formatBytes, useWeborderExport } from './useWeborderExport';

function toFilter(f: WeborderFilterForm): WeborderFilter {
  return {
    ...(f.status === 'helpdesk' ? { waitingFor: 'helpdesk' as const } : f.status ? { status: f.status } : {}),
    ...(/^\d+$/.test(f.partnerId) ? { partnerId: Number(f.partnerId) } : {}),
    ...(/^\d{1,8}$/.test(f.schoolNumber.trim()) ? { schoolNumber: f.schoolNumber.trim() } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(f.from) ? { from: f.from } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(f.to) ? { to: f.to } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

/** The helpdesk's weborder queue across all partners (seed 000 §2.2–2.3, §3.1): filter, handle, bulk, export. */
export default function WebordersScreen() {
  const t = useT();
  const canManage = useCan('weborders.manage');
  const queryClient = useQueryClient();
  const [form, setForm] = useDraft<WeborderFilterForm>('weborders.filters', emptyWeborderFilter);
  // From Aandacht ("#/weborders?status=helpdesk"): that status choice alone, the other filters cleared.
  const arrive = useCallback((status: WeborderStatusChoice) => setForm({ ...emptyWeborderFilter, status }), [setForm]);
  useRouteFilter('status', weborderStatusChoices, arrive);
  const settled = useDebounced(form, 300);
  const filter = useMemo(() => toFilter(settled), [settled]);
  const [sort, setSort] = useState<WeborderSort>('-orderDate');
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [bulkTo, setBulkTo] = useState<'cjp_approved' | 'rejected' | null>(null);
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useWeborderList(filter, sort, page, pageSize);
  const exporter = useWeborderExport();

  // New filters: back to the first page, nothing selected.
  useEffect(() => {
    setPage(0);
    setSelected(new Set());
    setAllMatching(false);
  }, [filter]);
  useEffect(() => {
    if (exporter.data?.saved) setNotice(t('weborders.export.saved'));
  }, [exporter.data, t]);

  const total = list.data?.total ?? 0;
  const count = allMatching ? total : selected.size;
  const bulk = useMutation({
    mutationFn: (input: { to: 'cjp_approved' | 'rejected'; reason?: string }) =>
      api.call('weborders.bulkTransition', { body: { ...(allMatching ? { filter } : { ids: [...selected] }), ...input } }),
    onSuccess: async (result) => {
      setBulkTo(null);
      setBulkResult(result);
      setSelected(new Set());
      setAllMatching(false);
      await queryClient.invalidateQueries({ queryKey: weborderKeys.all });
    },
  });
  const select = (ids: number[], on: boolean) => {
    setAllMatching(false);
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const pageAllSelected = (list.data?.items.length ?? 0) > 0 && (list.data?.items ?? []).every((w) => selected.has(w.id));

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('weborders.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {t('weborders.intro')}
      </Typography>
      <Stack spacing={2}>
        <WeborderFilterBar value={form} onChange={setForm} />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
          <Typography variant="subtitle1" component="p" sx={{ flexGrow: 1 }} data-testid="weborders-total">
            {list.data ? (total === 1 ? t('weborders.total.one') : t('weborders.total', { count: total.toLocaleString('nl-NL') })) : ''}
          </Typography>
          {canManage && (
            <Button variant="contained" startIcon={<AddRounded />} onClick={() => setCreating(true)}>
              {t('weborders.new')}
            </Button>
          )}
          <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => exporter.mutate(filter)} disabled={exporter.isPending}>
            {exporter.isPending ? t('weborders.export.busy', { size: formatBytes(exporter.received) }) : t('weborders.export')}
          </Button>
        </Stack>
        {exporter.isPending && <LinearProgress aria-label={t('weborders.export.busy', { size: formatBytes(exporter.received) })} data-testid="export-progress" />}
        {exporter.error && <Alert severity="error">{t('weborders.export.failed', { message: exporter.error.message })}</Alert>}
        {canManage && count > 0 && (
          <Alert
            severity="info"
            icon={false}
            data-testid="bulk-bar"
            action={
              <Stack direction="row" spacing={1}>
                <Button variant="contained" size="small" onClick={() => setBulkTo('cjp_approved')}>
                  {t('weborders.bulk.approve')}
                </Button>
                <Button variant="outlined" color="error" size="small" onClick={() => setBulkTo('rejected')}>
                  {t('weborders.bulk.reject')}
                </Button>
                <Button size="small" onClick={() => (setSelected(new Set()), setAllMatching(false))}>
                  {t('weborders.clearSelection')}
                </Button>
              </Stack>
            }
          >
            {allMatching ? t('weborders.allMatching', { count: total.toLocaleString('nl-NL') }) : t('weborders.selected', { count })}
            {!allMatching && pageAllSelected && total > selected.size && (
              <>
                {' · '}
                <Link component="button" type="button" onClick={() => setAllMatching(true)}>
                  {t('weborders.selectAllMatching', { count: total.toLocaleString('nl-NL') })}
                </Link>
              </>
            )}
          </Alert>
        )}
        {bulkResult && (
          <Alert severity={bulkResult.refused.length ? 'warning' : 'success'} onClose={() => setBulkResult(null)} data-testid="bulk-result">
            {t('weborders.bulk.result', { done: bulkResult.done.length, refused: bulkResult.refused.length })}
            {bulkResult.refused.length > 0 && (
              <List dense disablePadding>
                {bulkResult.refused.slice(0, 20).map((r) => (
                  <ListItem key={r.id} disableGutters>
                    {t('weborders.bulk.refused', { id: r.id, message: r.message })}
                  </ListItem>
                ))}
              </List>
            )}
          </Alert>
        )}
        {list.isError && <Alert severity="error">{t('weborders.loadFailed', { message: list.error.message })}</Alert>}
        <WeborderTable
          data={list.data}
          loading={list.isFetching}
          page={page}
          pageSize={pageSize}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            setPage(0);
          }}
          onPage={(p, size) => {
            setPage(size === pageSize ? p : 0);
            setPageSize(size);
          }}
          onOpen={setOpenId}
          selected={canManage ? (allMatching ? new Set(list.data?.items.map((w) => w.id)) : selected) : null}
          onSelect={select}
        />
      </Stack>
      {openId !== null && <WeborderDrawer id={openId} onClose={() => setOpenId(null)} onMoved={setNotice} />}
      {creating && (
        <NewWeborderDialog
          onClose={() => setCreating(false)}
          onCreated={(w) => {
            setCreating(false);
            setNotice(t('weborders.form.created', { id: w.id }));
            setOpenId(w.id);
          }}
        />
      )}
      {bulkTo && (
        <MoveDialog
          title={t(bulkTo === 'cjp_approved' ? 'weborders.bulk.confirmApprove' : 'weborders.bulk.confirmReject', { count: count.toLocaleString('nl-NL') })}
          to={bulkTo}
          busy={bulk.isPending}
          error={bulk.error ? apiErrorText(bulk.error, t) : null}
          onClose={() => {
            bulk.reset();
            setBulkTo(null);
          }}
          onConfirm={(reason) => bulk.mutate({ to: bulkTo, reason })}
          testId="bulk-dialog"
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
