import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { weborderStatuses, type WeborderStatus } from '../../../../shared/domain/weborderStatus';
import { useT } from '../../i18n';
import { usePartnerOptions } from './weborderQueries';

/** The status choice: one status, or `helpdesk` = every status waiting for the helpdesk (Aandacht's link). */
export type WeborderStatusChoice = WeborderStatus | 'helpdesk';
export const weborderStatusChoices: readonly WeborderStatusChoice[] = ['helpdesk', ...weborderStatuses];

/** The filters as typed (strings; '' is "no filter"). */
export interface WeborderFilterForm {
  status: WeborderStatusChoice | '';
  partnerId: string;
  schoolNumber: string;
  from: string;
  to: string;
  q: string;
}

export const emptyWeborderFilter: WeborderFilterForm = { status: '', partnerId: '', schoolNumber: '', from: '', to: '', q: '' };

/** Status, partner, school, period and text; every change goes to the server (debounced by the screen). */
export function WeborderFilterBar({ value, onChange }: { value: WeborderFilterForm; onChange: (next: WeborderFilterForm) => void }) {
  const t = useT();
  const partners = usePartnerOptions();
  const set = <K extends keyof WeborderFilterForm>(key: K, v: WeborderFilterForm[K]) => onChange({ ...value, [key]: v });
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="weborder-filters">
      <TextField
        select
        size="small"
        label={t('weborders.filter.status')}
        value={value.status}
        onChange={(e) => set('status', weborderStatusChoices.find((s) => s === e.target.value) ?? '')}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="">{t('weborders.filter.allStatuses')}</MenuItem>
        <MenuItem value="helpdesk">{t('weborders.filter.waitingForHelpdesk')}</MenuItem>
        {weborderStatuses.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`weborders.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t('weborders.filter.partner')} value={value.partnerId} onChange={(e) => set('partnerId', e.target.value)} sx={{ minWidth: 220 }}>
        <MenuItem value="">{t('weborders.filter.allPartners')}</MenuItem>
        {(partners.data?.items ?? []).map((p) => (
          <MenuItem key={p.id} value={String(p.id)}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" label={t('weborders.filter.school')} value={value.schoolNumber} onChange={(e) => set('schoolNumber', e.target.value)} sx={{ width: 140 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
      <TextField size="small" type="date" label={t('weborders.filter.from')} value={value.from} onChange={(e) => set('from', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField size="small" type="date" label={t('weborders.filter.to')} value={value.to} onChange={(e) => set('to', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField size="small" label={t('weborders.filter.q')} value={value.q} onChange={(e) => set('q', e.target.value)} sx={{ minWidth: 260, flex: 1 }} type="search" />
      <Button onClick={() => onChange(emptyWeborderFilter)}>{t('weborders.filter.clear')}</Button>
    </Stack>
  );
}
