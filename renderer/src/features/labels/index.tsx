import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  Paper,
  Snackbar,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Label, LabelLang } from '../../../../shared/api/labels';
import { apiErrorText } from '../../components/apiErrorText';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { ImportDialog } from './ImportDialog';
import { LabelDialog } from './LabelDialog';
import { exportLabelsFile } from './labelFiles';
import { useLabelPages, useLabels, type LabelSearch } from './labelQueries';
import { LabelsTable } from './LabelsTable';

const initial: LabelSearch = { lang: 'nl', pageName: '', q: '', onlyChanged: false, page: 1, pageSize: 25 };

/** Flexibele labels (seed 001 §4.6): find by page name or by text, edit with the default beside it, Excel round-trip. */
export default function LabelsScreen() {
  const t = useT();
  const pages = useLabelPages();
  // The criteria being typed, and the search they last ran (kept as drafts: a remount keeps both).
  const [criteria, setCriteria] = useDraft<LabelSearch>('labels.criteria', initial);
  const [search, setSearch] = useDraft<LabelSearch>('labels.search', initial);
  const [editing, setEditing] = useState<Label | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const labels = useLabels(search);
  const exporter = useMutation({ mutationFn: () => exportLabelsFile(search.lang) });

  const run = (next: LabelSearch = criteria) => setSearch({ ...next, page: 1 });
  const lang = criteria.lang;

  return (
    <Box>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('labels.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 880 }}>
        {t('labels.intro')}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('labels.criteria')}
        </Typography>
        <Box
          component="form"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={lang}
              aria-label={t('labels.lang')}
              onChange={(_, v: LabelLang | null) => {
                if (!v) return;
                const next = { ...criteria, lang: v };
                setCriteria(next);
                run(next);
              }}
            >
              <ToggleButton value="nl">{t('labels.lang.nl')}</ToggleButton>
              <ToggleButton value="en">{t('labels.lang.en')}</ToggleButton>
            </ToggleButtonGroup>
            <Autocomplete
              sx={{ minWidth: 260 }}
              options={pages.data ?? []}
              value={criteria.pageName || null}
              autoHighlight
              onChange={(_, v) => {
                const next = { ...criteria, pageName: v ?? '' };
                setCriteria(next);
                run(next);
              }}
              renderInput={(params) => <TextField {...params} label={t('labels.page')} helperText={t('labels.page.help')} />}
            />
            <TextField
              sx={{ flex: 1 }}
              label={t('labels.q')}
              value={criteria.q}
              helperText={t('labels.q.help')}
              onChange={(e) => setCriteria({ ...criteria, q: e.target.value })}
            />
            <FormControlLabel
              control={<Checkbox checked={criteria.onlyChanged} onChange={(e) => setCriteria({ ...criteria, onlyChanged: e.target.checked })} />}
              label={t('labels.onlyChanged')}
            />
            <Button type="submit" variant="contained">
              {t('labels.search')}
            </Button>
          </Stack>
        </Box>
      </Paper>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }} data-testid="labels-count">
          {labels.data ? t('labels.count', { total: labels.data.total }) : t('labels.title')}
        </Typography>
        <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => exporter.mutate()} disabled={exporter.isPending}>
          {exporter.isPending ? t('labels.export.busy') : t('labels.export')}
        </Button>
        <Button variant="outlined" startIcon={<FileUploadOutlined />} onClick={() => setImporting(true)}>
          {t('labels.import')}
        </Button>
      </Stack>
      {exporter.isError && <Alert severity="error">{apiErrorText(exporter.error, t)}</Alert>}
      {labels.isPending ? (
        <CircularProgress aria-label={t('common.loading')} />
      ) : labels.isError ? (
        <Alert severity="error">{t('labels.loadFailed', { message: labels.error.message })}</Alert>
      ) : labels.data.items.length === 0 ? (
        <Alert severity="info">{t('labels.none')}</Alert>
      ) : (
        <LabelsTable data={labels.data} onEdit={setEditing} onPage={(page, pageSize) => setSearch({ ...search, page, pageSize })} />
      )}
      {editing && (
        <LabelDialog
          key={`${editing.lang}-${editing.key}`}
          label={editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
      {importing && (
        <ImportDialog
          lang={search.lang}
          onClose={() => setImporting(false)}
          onDone={(message) => setNotice(message)}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
