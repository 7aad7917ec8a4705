import { Alert, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ColumnMappingInput, ImportFile } from '../../../../shared/api/imports';
import { importFields } from '../../../../shared/domain/importColumns';
import { useT } from '../../i18n';

/** The required fields still without a column. */
export function missingRequired(mapping: ColumnMappingInput): string[] {
  return importFields.filter((f) => f.required && typeof mapping[f.key] !== 'number').map((f) => f.header);
}

/** Step 2: each field's column in the file (pre-filled by name, alternative names or the remembered mapping). */
export function ColumnsStep({ file, mapping, onChange }: { file: ImportFile; mapping: ColumnMappingInput; onChange: (m: ColumnMappingInput) => void }) {
  const t = useT();
  const sample = file.sample[0] ?? [];
  const missing = missingRequired(mapping);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('import.columns.help')}</Typography>
      <Table size="small" aria-label={t('import.step.columns')} data-testid="import-mapping">
        <TableHead>
          <TableRow>
            <TableCell>{t('import.columns.field')}</TableCell>
            <TableCell>{t('import.columns.column')}</TableCell>
            <TableCell>{t('import.columns.example')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {importFields.map((f) => {
            const index = mapping[f.key];
            const label = f.required ? t('import.columns.required', { field: f.header }) : f.header;
            return (
              <TableRow key={f.key}>
                <TableCell>{label}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    value={typeof index === 'number' ? String(index) : ''}
                    displayEmpty
                    inputProps={{ 'aria-label': label }}
                    onChange={(e) => onChange({ ...mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) })}
                    sx={{ minWidth: 220 }}
                  >
                    <MenuItem value="">{t('import.columns.none')}</MenuItem>
                    {file.headers.map((h, i) => (
                      <MenuItem key={i} value={String(i)}>
                        {h || `#${i + 1}`}
                      </MenuItem>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>{typeof index === 'number' ? (sample[index] ?? '') : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {missing.length > 0 && <Alert severity="warning">{t('import.columns.missing', { fields: missing.join(', ') })}</Alert>}
    </Stack>
  );
}
