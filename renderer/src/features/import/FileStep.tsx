import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileOpenOutlined from '@mui/icons-material/FileOpenOutlined';
import { Alert, Button, FormControl, FormHelperText, InputLabel, LinearProgress, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { ImportFile } from '../../../../shared/api/imports';
import { api } from '../../app/api';
import { kcc } from '../../bridge';
import { useT } from '../../i18n';
import { arrayBufferToBase64 } from '../customer/activation/bytes';
import { base64ToBytes, contentTypeOf, type WizardState } from './importState';

interface Props {
  wizard: WizardState;
  file: ImportFile | undefined;
  reading: boolean;
  readError: Error | null;
  onUploaded: (file: ImportFile, name: string) => void;
  onChange: (patch: Partial<WizardState>) => void;
}

/** Step 1: the template, the file (sent as bytes; the server reads it) and how to read it. */
export function FileStep({ wizard, file, reading, readError, onUploaded, onChange }: Props) {
  const t = useT();
  const template = useMutation({
    mutationFn: async () => {
      const bytes = await api.call('imports.template');
      return kcc.files.save({ suggestedName: 'importsjabloon-klanten.xlsx', dataBase64: arrayBufferToBase64(bytes), filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    },
  });
  const upload = useMutation({
    mutationFn: async () => {
      const picked = await kcc.files.open({ filters: [{ name: 'Excel of CSV', extensions: ['xlsx', 'csv'] }] });
      if (!picked) return null;
      const bytes = base64ToBytes(picked.dataBase64);
      const result = await api.call('imports.upload', { upload: { bytes, contentType: contentTypeOf(picked.name) } }, { timeoutMs: 300_000 });
      return { result, name: picked.name };
    },
    onSuccess: (r) => {
      if (r) onUploaded(r.result, r.name);
    },
  });
  const busy = upload.isPending || reading;
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => template.mutate()} disabled={template.isPending}>
          {t('import.template')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('import.template.help')}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" startIcon={<FileOpenOutlined />} onClick={() => upload.mutate()} disabled={busy} autoFocus>
          {t('import.choose')}
        </Button>
        {file && (
          <Typography data-testid="import-file-summary">{t('import.file.summary', { name: wizard.fileName, rows: file.rows, columns: file.headers.length })}</Typography>
        )}
      </Stack>
      {busy && (
        <Stack spacing={1}>
          <LinearProgress aria-label={t('import.reading')} />
          <Typography variant="body2">{t('import.reading')}</Typography>
        </Stack>
      )}
      {(upload.error ?? readError) && <Alert severity="error">{t('import.readFailed', { message: (upload.error ?? readError)?.message ?? '' })}</Alert>}
      {template.error && <Alert severity="error">{template.error.message}</Alert>}
      {file?.kind === 'xlsx' && file.sheets.length > 1 && (
        <FormControl sx={{ maxWidth: 320 }}>
          <InputLabel id="import-sheet-label">{t('import.file.sheet')}</InputLabel>
          <Select labelId="import-sheet-label" label={t('import.file.sheet')} value={file.sheet ?? ''} onChange={(e) => onChange({ sheet: e.target.value, mapping: {} })}>
            {file.sheets.map((s) => (
              <MenuItem key={s} value={s}>
                {s}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {file?.kind === 'csv' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <FormControl sx={{ minWidth: 220 }}>
            <InputLabel id="import-sep-label">{t('import.file.separator')}</InputLabel>
            <Select labelId="import-sep-label" label={t('import.file.separator')} value={file.separator ?? ';'} onChange={(e) => onChange({ separator: e.target.value === ',' ? ',' : ';', mapping: {} })}>
              <MenuItem value=";">{t('import.file.separator.semicolon')}</MenuItem>
              <MenuItem value=",">{t('import.file.separator.comma')}</MenuItem>
            </Select>
            <FormHelperText>{t('import.file.detected')}</FormHelperText>
          </FormControl>
          <FormControl sx={{ minWidth: 260 }}>
            <InputLabel id="import-enc-label">{t('import.file.encoding')}</InputLabel>
            <Select
              labelId="import-enc-label"
              label={t('import.file.encoding')}
              value={file.encoding ?? 'utf-8'}
              onChange={(e) => onChange({ encoding: e.target.value === 'windows-1252' ? 'windows-1252' : 'utf-8' })}
            >
              <MenuItem value="utf-8">{t('import.file.encoding.utf8')}</MenuItem>
              <MenuItem value="windows-1252">{t('import.file.encoding.cp1252')}</MenuItem>
            </Select>
          </FormControl>
        </Stack>
      )}
    </Stack>
  );
}
