import { Button, Checkbox, FormControlLabel, Paper, Stack, TextField } from '@mui/material';
import { useI18n } from '../../i18n';
import { actionGroups } from './actionLabels';
import { datesReversed, emptyFilters, hasFilters, hidesViews, type AuditFilterForm } from './auditFilters';

export interface AuditFilterBarProps {
  value: AuditFilterForm;
  onChange: (next: AuditFilterForm) => void;
}

/** The filters of the log (five fields and "hide views"); the list follows as you type (debounced by the screen). */
export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const { t, language } = useI18n();
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
        {/* A native select: every action in words, a whole group by its first option; typing its first letters jumps. */}
        <TextField
          select
          label={t('audit.filter.action')}
          name="action"
          size="small"
          value={value.action}
          onChange={set('action')}
          helperText={t('audit.filter.action.help')}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{t('audit.filter.action.all')}</option>
          {actionGroups(language).map((g) => (
            <optgroup key={g.prefix} label={g.label}>
              <option value={g.prefix}>{t('audit.filter.action.group', { group: g.label })}</option>
              {g.actions.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
          {/* A filter set before (a saved draft, an older prefix) stays visible instead of silently showing "all". */}
          {value.action !== '' && !actionGroups(language).some((g) => g.prefix === value.action || g.actions.some((a) => a.value === value.action)) && (
            <option value={value.action}>{value.action}</option>
          )}
        </TextField>
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
        <FormControlLabel
          label={t('audit.filter.hideViews')}
          title={t('audit.filter.hideViews.help')}
          sx={{ mt: { md: 0.5 }, whiteSpace: 'nowrap' }}
          control={<Checkbox name="hideViews" checked={hidesViews(value)} onChange={(e) => onChange({ ...value, hideViews: e.target.checked })} />}
        />
        <Button onClick={() => onChange(emptyFilters)} disabled={!hasFilters(value)} sx={{ mt: { md: 0.5 }, whiteSpace: 'nowrap' }}>
          {t('audit.filter.clear')}
        </Button>
      </Stack>
    </Paper>
  );
}
