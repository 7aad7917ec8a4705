import { Checkbox, Chip, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import type { ImportPreview } from '../../../../shared/api/imports';
import { importFields } from '../../../../shared/domain/importColumns';
import { useT } from '../../i18n';

const shown = ['customerNumber', 'name', 'street', 'houseNumber', 'addition', 'postcode', 'city'] as const;
const headerOf = (key: string) => importFields.find((f) => f.key === key)?.header ?? key;

interface Props {
  preview: ImportPreview;
  label: string;
  /** With a tick box per row (the row selection step). */
  selection?: { excluded: ReadonlySet<number>; toggle: (row: number, include: boolean) => void };
  onPage: (page: number) => void;
}

/** Preview rows, page by page: the main cells, what the import does with each row and each cell's errors. */
export function PreviewTable({ preview, label, selection, onPage }: Props) {
  const t = useT();
  return (
    <>
      <Table size="small" aria-label={label} data-testid="import-preview">
        <TableHead>
          <TableRow>
            {selection && <TableCell padding="checkbox" />}
            <TableCell>{t('import.rows.row')}</TableCell>
            {shown.map((k) => (
              <TableCell key={k}>{headerOf(k)}</TableCell>
            ))}
            {!selection && <TableCell>{t('import.check.action')}</TableCell>}
            {!selection && <TableCell>{t('import.check.problems')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.items.map((r) => (
            <TableRow key={r.row} data-testid={`import-row-${r.row}`}>
              {selection && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={!selection.excluded.has(r.row)}
                    onChange={(e) => selection.toggle(r.row, e.target.checked)}
                    slotProps={{ input: { 'aria-label': t('import.rows.include', { row: r.row }) } }}
                  />
                </TableCell>
              )}
              <TableCell>{r.row}</TableCell>
              {shown.map((k) => (
                <TableCell key={k}>{r.cells[k] ?? ''}</TableCell>
              ))}
              {!selection && (
                <TableCell>
                  <Chip size="small" color={r.action === 'error' ? 'error' : r.action === 'create' ? 'success' : 'default'} label={t(`import.action.${r.action}`)} />
                  {r.groupNotApplied && (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {t('import.check.groupNotApplied')}
                    </Typography>
                  )}
                </TableCell>
              )}
              {!selection && (
                <TableCell>
                  {r.errors.map((e, i) => (
                    <Typography key={i} variant="body2" color="error">
                      {e.column}: {e.message}
                    </Typography>
                  ))}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={preview.total}
        page={preview.page - 1}
        rowsPerPage={preview.pageSize}
        rowsPerPageOptions={[preview.pageSize]}
        onPageChange={(_, p) => onPage(p + 1)}
      />
    </>
  );
}
