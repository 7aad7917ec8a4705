import { Stack, Typography } from '@mui/material';
import { Controller, useWatch } from 'react-hook-form';
import type { Account } from '../../../../shared/api/accounts';
import { passwordRules } from '../../../../shared/domain/password';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useAccountChanged } from './accountChanged';
import { accountProblemTexts, createAccountSchema, emptyCreateForm } from './accountForm';
import { PasswordRules } from './PasswordRules';
import { RoleField } from './RoleField';

/**
 * A new account, made by staff (meant for administrators). Everything but the password is a draft; the password
 * stays in memory only, never in sessionStorage.
 */
export function CreateAccountDialog({ onClose, onDone }: { onClose: () => void; onDone: (account: Account) => void }) {
  const t = useT();
  const changed = useAccountChanged();
  const { form, submit, busy, problem, invalid } = useServerForm({
    schema: createAccountSchema,
    defaultValues: emptyCreateForm,
    draft: { key: 'accounts.create', omit: ['password', 'passwordRepeat'] },
    required: ['username', 'email', 'password'],
    check: (v) => ({ passwordRepeat: v.password && v.passwordRepeat !== v.password ? t('accounts.field.passwordMismatch') : undefined }),
    send: (body) => api.call('accounts.create', { body }),
    onSaved: (next) => {
      changed({ kind: 'saved', account: next });
      onDone(next);
    },
  });
  const [password, username] = useWatch({ control: form.control, name: ['password', 'username'] });
  const { control } = form;
  return (
    <ConfirmDialog
      open
      title={t('accounts.create.title')}
      text={<Typography variant="body2">{t('accounts.create.intro')}</Typography>}
      confirmLabel={t('accounts.action.save')}
      busy={busy}
      alert={<FormProblemAlert problem={problem} invalid={invalid} texts={accountProblemTexts(t)} />}
      onConfirm={() => void submit()}
      onClose={onClose}
      testId="create-dialog"
    >
      <FormTextField control={control} name="username" label={t('accounts.field.username')} required autoFocus autoComplete="off" />
      <FormTextField control={control} name="email" type="email" label={t('accounts.field.email')} required autoComplete="off" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          control={control}
          name="password"
          type="password"
          label={t('accounts.field.password')}
          required
          fullWidth
          autoComplete="new-password"
          slotProps={{ htmlInput: { 'aria-describedby': 'password-rules-title' } }}
        />
        <FormTextField control={control} name="passwordRepeat" type="password" label={t('accounts.field.passwordRepeat')} required fullWidth autoComplete="new-password" />
      </Stack>
      <PasswordRules rules={passwordRules(password, { username })} />
      <Controller control={control} name="role" render={({ field }) => <RoleField value={field.value} onChange={field.onChange} />} />
      <FormTextField control={control} name="customerNumber" label={t('accounts.field.customerNumber')} helperText={t('accounts.field.customerNumber.help')} />
      <FormCheckbox control={control} name="additionalForCustomer" label={t('accounts.field.additionalForCustomer')} />
    </ConfirmDialog>
  );
}
