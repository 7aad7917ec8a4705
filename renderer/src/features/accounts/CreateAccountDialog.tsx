import { Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Account, AccountRole, CreateAccount } from '../../../../shared/api/accounts';
import { passwordRules } from '../../../../shared/domain/password';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { requiredErrors, type FormErrors } from './accountForm';
import { apiErrorText, fieldErrorsOf } from './components/apiErrorText';
import { ConfirmDialog } from './components/ConfirmDialog';
import { PasswordRules } from './PasswordRules';
import { RoleField } from './RoleField';

interface CreateDraft {
  username: string;
  email: string;
  role: AccountRole;
  customerNumber: string;
}
const empty: CreateDraft = { username: '', email: '', role: 'admin', customerNumber: '' };

/**
 * A new account, made by staff (meant for administrators). Everything but the password is a draft; the password
 * stays in memory only, never in sessionStorage.
 */
export function CreateAccountDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (account: Account) => void }) {
  const t = useT();
  const [form, setForm, clearForm] = useDraft<CreateDraft>('accounts.create', empty);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const rules = passwordRules(password, { username: form.username });

  const create = useMutation({
    mutationFn: (body: CreateAccount) => api.call('accounts.create', { body }),
    onSuccess: (account) => {
      clearForm();
      setPassword('');
      setRepeat('');
      onDone(account);
    },
    onError: (error) => setErrors(fieldErrorsOf(error)),
  });

  const update = <K extends keyof CreateDraft>(field: K, value: CreateDraft[K]) => {
    setForm({ ...form, [field]: value });
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const confirm = () => {
    const next = requiredErrors(form, t('accounts.field.required'));
    if (!password) next.password = t('accounts.field.required');
    else if (rules.some((r) => !r.ok)) next.password = t('accounts.error.invalid');
    if (password && repeat !== password) next.passwordRepeat = t('accounts.field.passwordMismatch');
    if (Object.values(next).some(Boolean)) return setErrors(next);
    const customerNumber = form.customerNumber.trim().toUpperCase();
    create.mutate({
      username: form.username.trim(),
      email: form.email.trim(),
      password,
      role: form.role,
      ...(customerNumber ? { customerNumber } : {}),
    });
  };
  const close = () => {
    setPassword('');
    setRepeat('');
    setErrors({});
    create.reset();
    onClose();
  };
  const hasFieldErrors = Object.values(errors).some(Boolean);
  return (
    <ConfirmDialog
      open={open}
      title={t('accounts.create.title')}
      text={<Typography variant="body2">{t('accounts.create.intro')}</Typography>}
      confirmLabel={t('accounts.action.save')}
      busy={create.isPending}
      error={hasFieldErrors ? t('accounts.error.invalid') : create.error ? apiErrorText(create.error, t) : null}
      onConfirm={confirm}
      onClose={close}
      testId="create-dialog"
    >
      <TextField name="username" label={t('accounts.field.username')} value={form.username} onChange={(e) => update('username', e.target.value)} required autoFocus error={!!errors.username} helperText={errors.username} autoComplete="off" />
      <TextField name="email" type="email" label={t('accounts.field.email')} value={form.email} onChange={(e) => update('email', e.target.value)} required error={!!errors.email} helperText={errors.email} autoComplete="off" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          name="password"
          type="password"
          label={t('accounts.field.password')}
          value={password}
          onChange={(e) => { setPassword(e.target.value); setErrors((x) => ({ ...x, password: undefined })); }}
          required
          fullWidth
          error={!!errors.password}
          helperText={errors.password}
          autoComplete="new-password"
          slotProps={{ htmlInput: { 'aria-describedby': 'password-rules-title' } }}
        />
        <TextField
          name="passwordRepeat"
          type="password"
          label={t('accounts.field.passwordRepeat')}
          value={repeat}
          onChange={(e) => { setRepeat(e.target.value); setErrors((x) => ({ ...x, passwordRepeat: undefined })); }}
          required
          fullWidth
          error={!!errors.passwordRepeat}
          helperText={errors.passwordRepeat}
          autoComplete="new-password"
        />
      </Stack>
      <PasswordRules rules={rules} />
      <RoleField value={form.role} onChange={(role) => update('role', role)} />
      <TextField
        name="customerNumber"
        label={t('accounts.field.customerNumber')}
        value={form.customerNumber}
        onChange={(e) => update('customerNumber', e.target.value)}
        error={!!errors.customerNumber}
        helperText={errors.customerNumber ?? t('accounts.field.customerNumber.help')}
      />
    </ConfirmDialog>
  );
}
