import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { AccountRole } from '../../../../shared/api/accounts';
import { useT } from '../../i18n';

/** Rol of a portal account: Beheerder or Gebruiker. */
export function RoleField({ value, onChange }: { value: AccountRole; onChange: (role: AccountRole) => void }) {
  const t = useT();
  return (
    <FormControl>
      <FormLabel id="account-role-label">{t('accounts.field.role')}</FormLabel>
      <RadioGroup row aria-labelledby="account-role-label" name="role" value={value} onChange={(e) => onChange(e.target.value === 'admin' ? 'admin' : 'user')}>
        <FormControlLabel value="admin" control={<Radio size="small" />} label={t('accounts.role.admin')} />
        <FormControlLabel value="user" control={<Radio size="small" />} label={t('accounts.role.user')} />
      </RadioGroup>
    </FormControl>
  );
}
