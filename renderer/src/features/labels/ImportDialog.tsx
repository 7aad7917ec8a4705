import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LabelImportReport, LabelLang } from '../../../../shared/api/labels';
import { api } from '../../app/api';
import { apiErrorText } from '../../components/apiErrorText';
import { useT } from '../../i18n';
import { chooseWorkbook } from './labelFiles';
import { labelKeys } from './labelQueries';

const SHOWN = 200;

/**
 * Excel import in two steps: choose a file → the server's dry run says per row what would change and what is
 * wrong (unknown key, placeholder error, stale row) → "Alles doorvoeren" only when there is no error; the server
 * applies all rows in one transaction or none.
 */
export function ImportDialog({ lang, onClose, onDone }: { lang: LabelLang; onClose: () => void; onDone: (message: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [report, setReport] = useState<LabelImportReport | null>(null);

  const check = useMutation({
    mutationFn: async () => {
      const chosen = await chooseWorkbook();
      if (!chosen) return null;
      setFile(chosen);
      setReport(null);
      return api.call('labels.import', { query: { lang, dryRun: true }, upload: { bytes: chosen.bytes } }, { timeoutMs: 120_000 });
    },
    onSuccess: (r) => r && setReport(r),
  });
  const apply = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error('geen bestand');
      return api.call('labels.import', { query: { lang, dryRun: false }, upload: { bytes: file.bytes } }, { timeoutMs: 120_000 });
    },
    onSuccess: async (r) => {
      setReport(r);
      await queryClient.invalidateQueries({ queryKey: labelKeys.all });
      if (r.applied) onDone(t('labels.importDialog.applied', { changed: r.changed }));
    },
  });
  const busy = check.isPending || apply.isPending;
  const canApply = report !== null && report.errors.length === 0 && report.changed > 0 && !report.applied;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg" aria-labelledby="label-import-title" data-testid="label-import-dialog">
      <DialogTitle id="label-import-title">{t('labels.importDialog.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{t('labels.importDialog.intro')}</Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" onClick={() => check.mutate()} disabled={busy} autoFocus>
              {t('labels.importDialog.choose')}
            </Button>
            {file && <Typography>{t('labels.importDialog.file', { name: file.name })}</Typography>}
          </Stack>
          {busy && <LinearProgress aria-label={check.isPending ? t('labels.importDialog.checking') : t('labels.importDialog.applying')} />}
          {check.isError && <Alert severity="error">{apiErrorText(check.error, t)}</Alert>}
          {apply.isError && <Alert severity="error">{apiErrorText(apply.error, t)}</Alert>}
          {report && (
            <>
              <Alert
                severity={report.errors.length > 0 ? 'error' : report.applied ? 'success' : 'info'}
                data-testid="label-import-summary"
                role="status"
              >
                {t('labels.importDialog.summary', { rows: report.rows, changed: report.changed, unchanged: report.unchanged, errors: report.errors.length })}{' '}
                {report.errors.length > 0 && !report.dryRun
                  ? t('labels.importDialog.refused')
                  : report.applied
                    ? t('labels.importDialog.applied', { changed: report.changed })
                    : report.changed === 0 && report.errors.length === 0
                      ? t('labels.importDialog.nothing')
                      : ''}
              </Alert>
              {report.errors.length > 0 && (
                <>
                  <Typography variant="subtitle1" component="h3">
                    {t('labels.importDialog.errors')}
                  </Typography>
                  <Table size="small" aria-label={t('labels.importDialog.errors')} data-testid="label-import-errors">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('labels.importDialog.col.row')}</TableCell>
                        <TableCell>{t('labels.importDialog.col.key')}</TableCell>
                        <TableCell>{t('labels.importDialog.col.message')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {report.errors.slice(0, SHOWN).map((e) => (
                        <TableRow key={`${e.row}-${e.key}`}>
                          <TableCell>{e.row}</TableCell>
                          <TableCell sx={{ fontFamily: 'monospace' }}>{e.key}</TableCell>
                          <TableCell>{e.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                  {report.errors.length > SHOWN && <Typography>{t('labels.importDialog.more', { count: report.errors.length - SHOWN })}</Typography>}
                </>
              )}
              {report.changes.length > 0 && (
                <>
                  <Typography variant="subtitle1" component="h3">
                    {t('labels.importDialog.changes')}
                  </Typography>
                  <Table size="small" aria-label={t('labels.importDialog.changes')} data-testid="label-import-changes">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('labels.importDialog.col.row')}</TableCell>
                        <TableCell>{t('labels.importDialog.col.key')}</TableCell>
                        <TableCell>{t('labels.importDialog.col.from')}</TableCell>
                        <TableCell>{t('labels.importDialog.col.to')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {report.changes.slice(0, SHOWN).map((c) => (
                        <TableRow key={c.key}>
                          <TableCell>{c.row}</TableCell>
                          <TableCell sx={{ fontFamily: 'monospace' }}>{c.key}</TableCell>
                          <TableCell>{c.from}</TableCell>
                          <TableCell>
                            {c.to}
                            {c.kind === 'reset' ? ` ${t('labels.importDialog.reset')}` : ''}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                  {report.changes.length > SHOWN && <Typography>{t('labels.importDialog.more', { count: report.changes.length - SHOWN })}</Typography>}
                </>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('labels.importDialog.close')}
        </Button>
        <Button variant="contained" onClick={() => apply.mutate()} disabled={!canApply || busy}>
          {apply.isPending ? t('labels.importDialog.applying') : t('labels.importDialog.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
