import { Alert, Box, Button, FormControl, FormControlLabel, InputLabel, MenuItem, Paper, Select, Stack, Step, StepLabel, Stepper, Switch, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportCommitted, ImportFile } from '../../../../shared/api/imports';
import { api } from '../../app/api';
import { navigate } from '../../app/router';
import { kcc } from '../../bridge';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { arrayBufferToBase64 } from '../customer/activation/bytes';
import { useGroups } from '../groups/groupQueries';
import { LAST_IMPORT_DRAFT } from '../jobs/jobQueries';
import { ColumnsStep, missingRequired } from './ColumnsStep';
import { FileStep } from './FileStep';
import { emptyWizard, planOf, readOptions, steps, type WizardState } from './importState';
import { PreviewTable } from './PreviewTable';

const PAGE_SIZE = 100;

/** The import wizard (H1, seed 002 step 1): template → file → columns → rows → group → check → import. */
export default function ImportScreen() {
  const t = useT();
  const queryClient = useQueryClient();
  const [wizard, setWizard, clearWizard] = useDraft<WizardState>('import.wizard', emptyWizard);
  const [, setLastImport] = useDraft<string[]>(LAST_IMPORT_DRAFT, []);
  const [uploaded, setUploaded] = useState<ImportFile | null>(null);
  const [page, setPage] = useState(1);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [planStamp, setPlanStamp] = useState(0);
  const [result, setResult] = useState<ImportCommitted | null>(null);
  const groups = useGroups();
  const patch = (p: Partial<WizardState>) => setWizard((w) => ({ ...w, ...p }));

  // The file as read with the chosen sheet / separator / encoding (after a reload: read again from the server).
  const opts = readOptions(wizard);
  const fileQuery = useQuery({
    queryKey: ['import', 'file', wizard.importId, opts],
    queryFn: ({ signal }) => api.call('imports.read', { params: { importId: wizard.importId ?? '' }, query: opts }, { signal, timeoutMs: 300_000 }),
    enabled: wizard.importId !== null && !(uploaded && uploaded.importId === wizard.importId && sameRead(uploaded, wizard)),
    staleTime: Infinity,
  });
  const file = uploaded && uploaded.importId === wizard.importId && sameRead(uploaded, wizard) ? uploaded : fileQuery.data;
  // A new reading (another sheet or separator) brings its own suggested mapping.
  const mapping = Object.keys(wizard.mapping).length > 0 ? wizard.mapping : (file?.mapping ?? {});

  const savePlan = useMutation({
    mutationFn: () => api.call('imports.plan', { params: { importId: wizard.importId ?? '' }, body: planOf({ ...wizard, mapping }) }, { timeoutMs: 300_000 }),
    onSuccess: () => setPlanStamp((s) => s + 1),
  });
  const preview = useQuery({
    queryKey: ['import', 'preview', wizard.importId, planStamp, page, wizard.step === 4 && onlyErrors],
    queryFn: ({ signal }) =>
      api.call('imports.preview', { params: { importId: wizard.importId ?? '' }, query: { page, pageSize: PAGE_SIZE, onlyErrors: wizard.step === 4 && onlyErrors } }, { signal, timeoutMs: 300_000 }),
    enabled: wizard.importId !== null && planStamp > 0 && (wizard.step === 2 || wizard.step === 4),
    placeholderData: keepPreviousData,
  });
  const report = useMutation({
    mutationFn: async () => {
      const bytes = await api.call('imports.report', { params: { importId: wizard.importId ?? '' } }, { timeoutMs: 300_000 });
      return kcc.files.save({ suggestedName: `${t('import.report.fileName')}.xlsx`, dataBase64: arrayBufferToBase64(bytes), filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    },
  });
  const commit = useMutation({
    mutationFn: () => api.call('imports.commit', { params: { importId: wizard.importId ?? '' } }, { timeoutMs: 600_000 }),
    onSuccess: async (r) => {
      setResult(r);
      setLastImport(r.customerNumbers);
      patch({ step: 5 });
      await queryClient.invalidateQueries({ queryKey: ['groups'] });
    },
  });

  const go = async (step: number) => {
    // The steps that show the server's judgement store the plan first.
    if (step === 2 || step === 4) {
      setPage(1);
      await savePlan.mutateAsync();
    }
    patch({ step, mapping });
  };
  const restart = () => {
    clearWizard();
    setUploaded(null);
    setResult(null);
    setPlanStamp(0);
  };

  const excluded = new Set(wizard.exclude);
  const counts = preview.data?.counts;
  const canNext =
    wizard.step === 0 ? file !== undefined : wizard.step === 1 ? missingRequired(mapping).length === 0 : wizard.step === 2 ? (preview.data?.counts.rows ?? 0) > excluded.size : true;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('import.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('import.intro')}
      </Typography>
      <Stepper activeStep={wizard.step} sx={{ mb: 3, maxWidth: 1100 }}>
        {steps.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`import.step.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Paper variant="outlined" sx={{ p: 2, maxWidth: 1300 }}>
        {wizard.step === 0 && (
          <FileStep
            wizard={wizard}
            file={file}
            reading={fileQuery.isFetching}
            readError={fileQuery.error}
            onUploaded={(f, name) => {
              setUploaded(f);
              setWizard({ ...emptyWizard, importId: f.importId, fileName: name, sheet: f.sheet, separator: f.separator, encoding: f.encoding, mapping: f.mapping });
            }}
            onChange={patch}
          />
        )}
        {wizard.step === 1 && file && <ColumnsStep file={file} mapping={mapping} onChange={(m) => patch({ mapping: m })} />}
        {wizard.step === 2 && preview.data && (
          <Stack spacing={2}>
            <Typography color="text.secondary">{t('import.rows.help')}</Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button onClick={() => patch({ exclude: [] })}>{t('import.rows.all')}</Button>
              <Button onClick={() => patch({ exclude: allRows(preview.data.counts.rows, preview.data.items.map((r) => r.row)) })}>{t('import.rows.none')}</Button>
              <Typography data-testid="import-selected">
                {t('import.rows.selected', { selected: preview.data.counts.rows - excluded.size, total: preview.data.counts.rows })}
              </Typography>
            </Stack>
            <PreviewTable
              preview={preview.data}
              label={t('import.step.rows')}
              selection={{ excluded, toggle: (row, include) => patch({ exclude: include ? wizard.exclude.filter((r) => r !== row) : [...wizard.exclude, row] }) }}
              onPage={setPage}
            />
          </Stack>
        )}
        {wizard.step === 3 && (
          <Stack spacing={2}>
            <Typography color="text.secondary">{t('import.group.help')}</Typography>
            <FormControl sx={{ maxWidth: 400 }}>
              <InputLabel id="import-group-label">{t('import.group.field')}</InputLabel>
              <Select
                labelId="import-group-label"
                label={t('import.group.field')}
                value={wizard.group === null ? '' : String(wizard.group)}
                displayEmpty
                onChange={(e) => patch({ group: e.target.value === '' ? null : Number(e.target.value) })}
                data-testid="import-group"
              >
                <MenuItem value="">{t('import.group.none')}</MenuItem>
                {(groups.data ?? []).map((g) => (
                  <MenuItem key={g.id} value={String(g.id)}>
                    {g.name}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </Stack>
        )}
        {wizard.step === 4 && counts && preview.data && (
          <Stack spacing={2}>
            <Typography variant="h6" component="h2" data-testid="import-counts">
              {t('import.check.counts', { create: counts.create, update: counts.update, unchanged: counts.unchanged, skip: counts.skip, invalid: counts.invalid })}
            </Typography>
            {counts.invalid > 0 ? <Alert severity="error">{t('import.check.errorsBlock')}</Alert> : <Alert severity="success">{t('import.check.ok')}</Alert>}
            {preview.data.notInGroup > 0 && <Alert severity="info">{t('import.check.notInGroup', { count: preview.data.notInGroup })}</Alert>}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <FormControlLabel
                control={
                  <Switch
                    checked={onlyErrors}
                    onChange={(e) => {
                      setOnlyErrors(e.target.checked);
                      setPage(1);
                    }}
                  />
                }
                label={t('import.check.onlyErrors')}
              />
              <Button variant="outlined" onClick={() => report.mutate()} disabled={report.isPending}>
                {t('import.check.report')}
              </Button>
            </Stack>
            {report.error && <Alert severity="error">{t('import.reportFailed', { message: report.error.message })}</Alert>}
            <PreviewTable preview={preview.data} label={t('import.check.table')} onPage={setPage} />
            {commit.error && <Alert severity="error">{t('import.commitFailed', { message: commit.error.message })}</Alert>}
          </Stack>
        )}
        {wizard.step === 5 && result && (
          <Stack spacing={2}>
            <Alert severity="success" data-testid="import-done">
              {t('import.done', { create: result.counts.create, update: result.counts.update, unchanged: result.counts.unchanged, skip: result.counts.skip })}
            </Alert>
            <Stack direction="row" spacing={2}>
              <Button variant="contained" onClick={() => navigate('/jobs')}>
                {t('import.toBulk')}
              </Button>
              <Button onClick={restart}>{t('import.restart')}</Button>
            </Stack>
          </Stack>
        )}
        {savePlan.error && <Alert severity="error">{savePlan.error.message}</Alert>}
        {wizard.step < 5 && (
          <Stack direction="row" spacing={2} sx={{ mt: 3, justifyContent: 'space-between' }}>
            <Stack direction="row" spacing={2}>
              <Button onClick={() => void go(wizard.step - 1)} disabled={wizard.step === 0 || savePlan.isPending || commit.isPending}>
                {t('import.back')}
              </Button>
              {wizard.importId !== null && <Button onClick={restart}>{t('import.restart')}</Button>}
            </Stack>
            {wizard.step < 4 ? (
              <Button variant="contained" onClick={() => void go(wizard.step + 1)} disabled={!canNext || savePlan.isPending}>
                {t('import.next')}
              </Button>
            ) : (
              <Button variant="contained" onClick={() => commit.mutate()} disabled={!counts || counts.invalid > 0 || commit.isPending || preview.isFetching}>
                {commit.isPending ? t('import.committing') : t('import.commit')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
    </Box>
  );
}

function sameRead(f: ImportFile, w: WizardState): boolean {
  return (w.sheet ?? null) === f.sheet && (w.separator ?? null) === f.separator && (w.encoding ?? null) === f.encoding;
}

/** Every row number of the file (header = row 1): data rows are numbered from 2, gaps (empty rows) included harmlessly. */
function allRows(count: number, seen: readonly number[]): number[] {
  const last = Math.max(count + 1, ...seen);
  return Array.from({ length: last - 1 }, (_, i) => i + 2);
}
