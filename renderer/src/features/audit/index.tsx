import { Alert, Box, Snackbar, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import type { AuditEntry } from '../../../../shared/api/audit';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { AuditDetailsDialog } from './AuditDetailsDialog';
import { AuditFilterBar } from './AuditFilterBar';
import { emptyFilters, toQuery, type AuditFilterForm } from './auditFilters';
import { AuditGrid } from './AuditGrid';
import { useAuditList } from './auditQueries';
import { ChainCheckButton, ChainCheckResult, useChainCheck } from './ChainCheck';
import { ExportButton, useAuditExport } from './ExportButton';
import { useDebounced } from '../../components/useDebounced';

const EXPORT_MAX = 100_000;

/** The audit log of every staff action, searchable, checkable (hash chain) and exportable to Excel. */
export default function AuditScreen() {
  const t = useT();
  const [form, setForm] = useDraft<AuditFilterForm>('audit.filters', emptyFilters);
  const settled = useDebounced(form, 300);
  const filters = useMemo(() => toQuery(settled), [settled]);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const list = useAuditList(filters, page, pageSize);
  const check = useChainCheck();
  const exporter = useAuditExport();
  const [exported, setExported] = useState(false);

  // New filters: back to the first page.
  useEffect(() => setPage(0), [filters]);
  useEffect(() => {
    if (exporter.data?.saved) setExported(true);
  }, [exporter.data]);

  const total = list.data?.total ?? 0;
  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('audit.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {t('audit.intro')}
      </Typography>
      <Stack spacing={2}>
        <AuditFilterBar value={form} onChange={setForm} />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
          <Typography variant="subtitle1" component="p" sx={{ flexGrow: 1 }} data-testid="audit-total">
            {list.data ? (total === 1 ? t('audit.total.one') : t('audit.total', { count: total.toLocaleString('nl-NL') })) : ''}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 2 }}>
              {t('audit.open.hint')}
            </Typography>
          </Typography>
          <ChainCheckButton check={check} />
          <ExportButton exporter={exporter} filters={filters} />
        </Stack>
        <ChainCheckResult check={check} />
        {total > EXPORT_MAX && <Alert severity="info">{t('audit.export.capped', { count: total.toLocaleString('nl-NL') })}</Alert>}
        {exporter.error && <Alert severity="error">{t('audit.export.failed', { message: exporter.error.message })}</Alert>}
        {list.isError && <Alert severity="error">{t('audit.loadFailed', { message: list.error.message })}</Alert>}
        <AuditGrid
          data={list.data}
          loading={list.isFetching}
          page={page}
          pageSize={pageSize}
          onPagination={(p, size) => {
            setPage(size === pageSize ? p : 0);
            setPageSize(size);
          }}
          onOpen={setOpen}
        />
      </Stack>
      {open && <AuditDetailsDialog entry={open} onClose={() => setOpen(null)} />}
      <Snackbar open={exported} autoHideDuration={4000} onClose={() => setExported(false)} message={t('audit.export.saved')} />
    </Box>
  );
}
