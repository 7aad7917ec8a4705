import { Alert, AlertTitle, Checkbox, FormControlLabel, Stack } from '@mui/material';
import { useT } from '../../i18n';
import type { LockoutRisk } from './lockout';

/** The lock-out warning with its explicit "I understand" tick; shown before a risky change is sent. */
export function RiskNotice({ risk, understood, onUnderstood }: { risk: LockoutRisk; understood: boolean; onUnderstood: (v: boolean) => void }) {
  const t = useT();
  if (risk.kind === 'none') return null;
  const address = risk.kind === 'unknown' ? '' : risk.address;
  return (
    <Stack spacing={1} data-testid="network-risk" data-risk={risk.kind}>
      <Alert severity={risk.kind === 'loopback' ? 'info' : 'error'} variant="outlined">
        <AlertTitle>{t(`network.risk.title.${risk.kind}`)}</AlertTitle>
        {t(`network.risk.${risk.kind}`, { address })}
      </Alert>
      <FormControlLabel
        control={<Checkbox autoFocus checked={understood} onChange={(e) => onUnderstood(e.target.checked)} name="understood" />}
        label={t('network.risk.understood')}
      />
    </Stack>
  );
}
