import { Button, Paper, Stack, TextField } from '@mui/material';
import { useT } from '../../i18n';
import { datesReversed, emptyFilters, hasFilters, type AuditFilterForm } from './auditFilters';

export interface AuditFilterBarProps {
  value: AuditFilterForm;
  onChange: (next: AuditFilterForm) => void;
}

/** The five filters of the log; the list follows as you type (debounced by the screen). */
export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const t = useT();
  const set = (field: keyof AuditFilterForm) => (e: { target: { value: string } }) => onChange({ ...value, [field]: e.target.value });
  const reversed = datesReversed(value);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('audit.filters')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField
          label={t('audit.filter.actor')}
          name="actor"
          size="small"
          value={value.actor}
          onChange={set('actor')}
          helperText={t('audit.filter.actor.help')}
          autoFocus
          autoComplete="off"
        />
        <TextField
          label={t('audit.filter.customerNumber')}
          name="customerNumber"
          size="small"
          value={value.customerNumber}
          onChange={set('customerNumber')}
          helperText={t('audit.filter.customerNumber.help')}
          autoComplete="off"
        />
        <TextField
          label={t('audit.filter.action')}
          name="action"
          size="small"
          value={value.action}
          onChange={set('action')}
          helperText={t('audit.filter.action.help')}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <TextField
          label={t('audit.filter.from')}
          name="from"
          type="date"
          size="small"
          value={value.from}
          onChange={set('from')}
          error={reversed}
          helperText={reversed ? t('audit.filter.dates') : ' '}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t('audit.filter.to')}
          name="to"
          type="date"
          size="small"
          value={value.to}
          onChange={set('to')}
          error={reversed}
          helperText=" "
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button onClick={() => onChange(emptyFilters)} disabled={!hasFilters(value)} sx={{ mt: { md: 0.5 }, whiteSpace: 'nowrap' }}>
          {t('audit.filter.clear')}
        </Button>
      </Stack>
    </Paper>
  );
}
