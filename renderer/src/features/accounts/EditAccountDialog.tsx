import { Alert, Button, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Account, UpdateAccount } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { useDraft } from '../../hooks/useDraft';
import { useT } from '../../i18n';
import { editFormFrom, requiredErrors, updateBody, type EditForm, type FormErrors } from './accountForm';
import { apiErrorText, fieldErrorsOf, isStaleVersion } from './components/apiErrorText';
import { ConfirmDialog } from './components/ConfirmDialog';
import { RoleField } from './RoleField';

export interface EditAccountDialogProps {
  account: Account;
  open: boolean;
  onClose: () => void;
  onDone: (account: Account) => void;
  /** Fetches the server's current account (after a 409). */
  reload: () => Promise<Account | undefined>;
}

/**
 * Changing an account. What is typed lives in a draft (survives a lost connection or session); a 409 keeps it and
 * offers "Opnieuw laden", which replaces it with the server's version — never a silent overwrite.
 */
export function EditAccountDialog({ account, open, onClose, onDone, reload }: EditAccountDialogProps) {
  const t = useT();
  const [form, setForm, clearForm] = useDraft<EditForm | null>(`accounts.edit.${account.id}`, null);
  const [errors, setErrors] = useState<FormErrors>({});
  useEffect(() => {
    if (open && form === null) setForm(editFormFrom(account));
  }, [open, form, account, setForm]);

  const save = useMutation({
    mutationFn: (body: UpdateAccount) => api.call('accounts.update', { params: { id: account.id }, body }),
    onSuccess: (next) => {
      clearForm();
      onDone(next);
    },
    onError: (error) => setErrors(fieldErrorsOf(error)),
  });
  if (!form) return null;

  const update = <K extends keyof EditForm>(field: K, value: EditForm[K]) => {
    setForm({ ...form, [field]: value });
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const confirm = () => {
    const missing = requiredErrors(form, t('accounts.field.required'));
    if (Object.keys(missing).length > 0) return setErrors(missing);
    save.mutate(updateBody(account, form));
  };
  const loadCurrent = async () => {
    const fresh = await reload();
    if (fresh) setForm(editFormFrom(fresh));
    setErrors({});
    save.reset();
  };
  const stale = isStaleVersion(save.error);
  const hasFieldErrors = Object.values(errors).some(Boolean);
  return (
    <ConfirmDialog
      open={open}
      title={t('accounts.edit.title')}
      confirmLabel={t('accounts.action.save')}
      busy={save.isPending}
      error={stale ? t('accounts.edit.conflict') : hasFieldErrors ? t('accounts.error.invalid') : save.error ? apiErrorText(save.error, t) : null}
      errorAction={
        stale ? (
          <Button color="inherit" size="small" onClick={() => void loadCurrent()} sx={{ whiteSpace: 'nowrap' }}>
            {t('accounts.action.reload')}
          </Button>
        ) : undefined
      }
      onConfirm={confirm}
      onClose={() => {
        // Cancelling drops the draft: the next Wijzigen starts from the server's values.
        clearForm();
        setErrors({});
        save.reset();
        onClose();
      }}
      testId="edit-dialog"
    >
      <TextField name="username" label={t('accounts.field.username')} value={form.username} onChange={(e) => update('username', e.target.value)} required autoFocus error={!!errors.username} helperText={errors.username} />
      <TextField name="email" type="email" label={t('accounts.field.email')} value={form.email} onChange={(e) => update('email', e.target.value)} required error={!!errors.email} helperText={errors.email} />
      <Alert severity="warning" variant="outlined">
        {t('accounts.edit.emailWarning')}
      </Alert>
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
