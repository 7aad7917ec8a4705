import { Alert, Checkbox, FormControl, FormControlLabel, FormLabel, InputLabel, MenuItem, Radio, RadioGroup, Select, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { BulkSelection } from '../../../../shared/api/jobs';
import { api } from '../../app/api';
import { useT } from '../../i18n';
import { useGroups } from '../groups/groupQueries';
import { jobKeys } from './jobQueries';

export type SelectionKind = 'group' | 'noAccount' | 'import';
export interface SelectionState {
  kind: SelectionKind;
  group: number | null;
  onlyNoAccount: boolean;
}

/** The request body for the chosen customers; null while incomplete. */
export function selectionBody(s: SelectionState, lastImport: readonly string[]): BulkSelection | null {
  if (s.kind === 'noAccount') return { filter: 'no_account' };
  if (s.kind === 'import') return lastImport.length > 0 ? { customerNumbers: [...lastImport], ...(s.onlyNoAccount ? { filter: 'no_account' as const } : {}) } : null;
  return s.group === null ? null : { group: s.group, ...(s.onlyNoAccount ? { filter: 'no_account' as const } : {}) };
}

/** Which customers: a group's members, everyone without an account, or those of the import just done. */
export function SelectionPanel({ value, onChange, lastImport }: { value: SelectionState; onChange: (v: SelectionState) => void; lastImport: readonly string[] }) {
  const t = useT();
  const groups = useGroups();
  const countable = value.kind === 'noAccount' || (value.kind === 'group' && value.group !== null);
  const count = useQuery({
    queryKey: jobKeys.count(value.kind === 'group' ? value.group : null, value.kind === 'noAccount' || value.onlyNoAccount),
    queryFn: ({ signal }) =>
      api.call('bulk.count', { query: value.kind === 'group' && value.group !== null ? { group: value.group } : { filter: 'no_account' } }, { signal }),
    enabled: countable,
    staleTime: 0,
  });
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id="bulk-select-label">{t('jobs.select.title')}</FormLabel>
        <RadioGroup aria-labelledby="bulk-select-label" value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as SelectionKind })}>
          <FormControlLabel value="group" control={<Radio />} label={t('jobs.select.group')} />
          <FormControlLabel value="noAccount" control={<Radio />} label={t('jobs.select.noAccount')} />
          <FormControlLabel
            value="import"
            control={<Radio />}
            disabled={lastImport.length === 0}
            label={lastImport.length > 0 ? t('jobs.select.import', { count: lastImport.length }) : t('jobs.select.importNone')}
          />
        </RadioGroup>
      </FormControl>
      {value.kind === 'group' && (
        <FormControl sx={{ maxWidth: 400 }}>
          <InputLabel id="bulk-group-label">{t('jobs.select.groupField')}</InputLabel>
          <Select
            labelId="bulk-group-label"
            label={t('jobs.select.groupField')}
            value={value.group === null ? '' : String(value.group)}
            onChange={(e) => onChange({ ...value, group: e.target.value === '' ? null : Number(e.target.value) })}
            data-testid="bulk-group"
          >
            {(groups.data ?? []).map((g) => (
              <MenuItem key={g.id} value={String(g.id)}>
                {g.name} ({g.members})
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      )}
      {value.kind !== 'noAccount' && (
        <FormControlLabel control={<Checkbox checked={value.onlyNoAccount} onChange={(e) => onChange({ ...value, onlyNoAccount: e.target.checked })} />} label={t('jobs.select.onlyNoAccount')} />
      )}
      {countable && count.data && (
        <Typography data-testid="bulk-count">
          {t('jobs.select.count', { total: value.kind === 'group' && value.onlyNoAccount ? count.data.withoutAccount : count.data.total, withoutAccount: count.data.withoutAccount })}
        </Typography>
      )}
      {value.kind === 'import' && lastImport.length > 0 && <Typography data-testid="bulk-count">{t('jobs.select.countList', { total: lastImport.length })}</Typography>}
      {count.isError && <Alert severity="error">{count.error.message}</Alert>}
    </Stack>
  );
}
