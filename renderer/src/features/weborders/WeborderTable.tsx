import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import {
  Box,
  Checkbox,
  Collapse,
  IconButton,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { Fragment, useState } from 'react';
import type { List } from '../../../../shared/api/common';
import type { Weborder, WeborderSort, WeborderSortField } from '../../../../shared/api/weborders';
import { formatEuro } from '../../../../shared/domain/format';
import { visuallyHidden } from '../../components/StatusIcon';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { StatusChip } from './StatusChip';

export interface WeborderTableProps {
  data: List<Weborder> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: WeborderSort;
  onSort: (sort: WeborderSort) => void;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (id: number) => void;
  /** Selection for bulk moves; null hides the tick boxes (read-only roles). */
  selected: ReadonlySet<number> | null;
  onSelect: (ids: number[], on: boolean) => void;
}

const columns: { field: WeborderSortField; key: Parameters<ReturnType<typeof useT>>[0]; numeric?: boolean }[] = [
  { field: 'id', key: 'weborders.col.id' },
  { field: 'orderDate', key: 'weborders.col.orderDate' },
  { field: 'name', key: 'weborders.col.name' },
  { field: 'status', key: 'weborders.col.status' },
  { field: 'schoolNumber', key: 'weborders.col.schoolNumber' },
  { field: 'budgetHolder', key: 'weborders.col.budgetHolder' },
  { field: 'persons', key: 'weborders.col.persons', numeric: true },
  { field: 'total', key: 'weborders.col.total', numeric: true },
];

/**
 * The weborders as the partner portal lists them (seed 000 §2.2), paged and sorted by the server; a row expands
 * to the short details (desired date, event, students, teachers, ticket price, total) and opens the full view.
 */
export function WeborderTable({ data, loading, page, pageSize, sort, onSort, onPage, onOpen, selected, onSelect }: WeborderTableProps) {
  const t = useT();
  const dates = useDates();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const rows = data?.items ?? [];
  const desc = sort.startsWith('-');
  const sortField = (desc ? sort.slice(1) : sort) as WeborderSortField;
  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const pageIds = rows.map((r) => r.id);
  const allOnPage = selected !== null && pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const someOnPage = selected !== null && pageIds.some((id) => selected.has(id));
  const span = columns.length + (selected ? 2 : 1);
  return (
    <Paper variant="outlined" data-testid="weborder-table" data-loading={loading ? 'true' : 'false'}>
      <TableContainer>
        <Table size="small" aria-label={t('weborders.table.label')}>
          <TableHead>
            <TableRow>
              {selected && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allOnPage}
                    indeterminate={someOnPage && !allOnPage}
                    onChange={(e) => onSelect(pageIds, e.target.checked)}
                    slotProps={{ input: { 'aria-label': t('weborders.selectPage') } }}
                  />
                </TableCell>
              )}
              <TableCell padding="checkbox">
                <Box component="span" sx={visuallyHidden}>
                  {t('weborders.col.details')}
                </Box>
              </TableCell>
              {columns.map((c) => (
                <TableCell key={c.field} align={c.numeric ? 'right' : 'left'} sortDirection={sortField === c.field ? (desc ? 'desc' : 'asc') : false}>
                  <TableSortLabel
                    active={sortField === c.field}
                    direction={sortField === c.field && desc ? 'desc' : 'asc'}
                    onClick={() => onSort(sortField === c.field && !desc ? `-${c.field}` : c.field)}
                  >
                    {t(c.key)}
                  </TableSortLabel>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={span}>{loading ? t('common.loading') : t('weborders.noRows')}</TableCell>
              </TableRow>
            )}
            {rows.map((w) => {
              const open = expanded.has(w.id);
              return (
                <Fragment key={w.id}>
                  <TableRow hover data-testid={`weborder-row-${w.id}`} selected={selected?.has(w.id) ?? false} sx={{ '& > td': { borderBottom: open ? 'unset' : undefined } }}>
                    {selected && (
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={selected.has(w.id)}
                          onChange={(e) => onSelect([w.id], e.target.checked)}
                          slotProps={{ input: { 'aria-label': t('weborders.select', { id: w.id }) } }}
                        />
                      </TableCell>
                    )}
                    <TableCell padding="checkbox">
                      <IconButton size="small" aria-label={t('weborders.expand', { id: w.id })} aria-expanded={open} onClick={() => toggle(w.id)}>
                        {open ? <KeyboardArrowDown /> : <KeyboardArrowRight />}
                      </IconButton>
                    </TableCell>
                    <TableCell>
                      <Link component="button" type="button" onClick={() => onOpen(w.id)} aria-label={t('weborders.open', { id: w.id })}>
                        {w.id}
                      </Link>
                    </TableCell>
                    <TableCell>{dates.date(w.orderDate)}</TableCell>
                    <TableCell>{w.name}</TableCell>
                    <TableCell>
                      <StatusChip status={w.status} />
                    </TableCell>
                    <TableCell>{w.schoolNumber}</TableCell>
                    <TableCell>{w.budgetHolder}</TableCell>
                    <TableCell align="right">{w.persons}</TableCell>
                    <TableCell align="right">{formatEuro(w.total)}</TableCell>
                  </TableRow>
                  <TableRow>
                    <TableCell colSpan={span} sx={{ py: 0 }}>
                      <Collapse in={open} timeout="auto" unmountOnExit>
                        <Box sx={{ py: 1.5, pl: 7 }} data-testid={`weborder-summary-${w.id}`}>
                          <Typography variant="subtitle2" component="p">
                            {t('weborders.row.title', { id: w.id })} · {w.partnerName} · {w.schoolName} ({w.schoolNumber})
                          </Typography>
                          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(6, auto)', columnGap: 3, m: 0, mt: 1, '& dd': { m: 0 } }}>
                            {(
                              [
                                ['weborders.field.desiredAt', dates.dateTime(w.desiredAt)],
                                ['weborders.field.event', w.event],
                                ['weborders.field.students', String(w.students)],
                                ['weborders.field.teachers', String(w.teachers)],
                                [w.packagePrice !== null ? 'weborders.field.packagePrice' : 'weborders.field.ticketPrice', formatEuro(w.packagePrice ?? w.ticketPrice ?? 0)],
                                ['weborders.field.total', formatEuro(w.total)],
                              ] as const
                            ).map(([k, v]) => (
                              <Box key={k}>
                                <Typography component="dt" variant="caption" color="text.secondary">
                                  {t(k)}
                                </Typography>
                                <Typography component="dd" variant="body2">
                                  {v}
                                </Typography>
                              </Box>
                            ))}
                          </Box>
                        </Box>
                      </Collapse>
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={data?.total ?? 0}
        page={data && page * pageSize < data.total ? page : 0}
        rowsPerPage={pageSize}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_e, p) => onPage(p, pageSize)}
        onRowsPerPageChange={(e) => onPage(0, Number(e.target.value))}
        labelRowsPerPage={t('weborders.perPage')}
      />
    </Paper>
  );
}
