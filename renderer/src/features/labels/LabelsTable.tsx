import { Button, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Tooltip } from '@mui/material';
import type { Label } from '../../../../shared/api/labels';
import type { List } from '../../../../shared/api/common';
import { useT } from '../../i18n';

export interface LabelsTableProps {
  data: List<Label>;
  onEdit: (l: Label) => void;
  onPage: (page: number, pageSize: number) => void;
}

/** The search result: page, label name, default, current text, and the marks for changed and outdated. */
export function LabelsTable({ data, onEdit, onPage }: LabelsTableProps) {
  const t = useT();
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={t('labels.table')} data-testid="labels-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('labels.col.page')}</TableCell>
              <TableCell>{t('labels.col.name')}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t('labels.col.default')}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t('labels.col.text')}</TableCell>
              <TableCell>{t('labels.col.status')}</TableCell>
              <TableCell>{t('labels.col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((l) => (
              <TableRow key={l.key} hover data-testid={`label-row-${l.key}`}>
                <TableCell>{l.page}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{l.name}</TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>{l.defaultText}</TableCell>
                <TableCell>{l.text}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5}>
                    {l.overridden && <Chip size="small" color="primary" variant="outlined" label={t('labels.overridden')} />}
                    {l.outdated && (
                      <Tooltip describeChild title={t('labels.outdated.help')}>
                        <Chip size="small" color="warning" label={t('labels.outdated')} />
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => onEdit(l)} aria-label={t('labels.edit.label', { key: l.key })}>
                    {t('labels.edit')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={data.total}
        page={data.page - 1}
        rowsPerPage={data.pageSize}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_, p) => onPage(p + 1, data.pageSize)}
        onRowsPerPageChange={(e) => onPage(1, Number(e.target.value))}
      />
    </>
  );
}
