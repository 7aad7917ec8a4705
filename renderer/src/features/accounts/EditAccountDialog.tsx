import { Alert } from '@mui/material';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormCheckbox } from '../../components/form/FormCheckbox';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useAccountChanged } from './accountChanged';
import { accountProblemTexts, editAccountSchema, editFormFrom } from './accountForm';
import { RoleField } from './RoleField';

export interface EditAccountDialogProps {
  account: Account;
  onClose: () => void;
  onDone: (account: Account) => void;
  /** Fetches the server's current account (after a 409); undefined when it is gone. */
  reload: () => Promise<Account | undefined>;
}

/**
 * Changing an account. What is typed lives in a draft (survives a lost connection or session); a 409 keeps it and
 * offers "Opnieuw laden", which replaces it with the server's version — never a silent overwrite.
 */
export function EditAccountDialog({ account, onClose, onDone, reload }: EditAccountDialogProps) {
  const t = useT();
  const changed = useAccountChanged();
  const schema = useMemo(() => editAccountSchema(account), [account]);
  const { form, submit, busy, problem, invalid, reload: reloadForm, discardDraft } = useServerForm({
    schema,
    defaultValues: editFormFrom(account),
    draft: { key: `accounts.edit.${account.id}` },
    required: ['username', 'email'],
    send: (body) => api.call('accounts.update', { params: { id: account.id }, body }),
    onSaved: (next) => {
      changed({ kind: 'saved', account: next });
      onDone(next);
    },
    reload: async () => {
      const fresh = await reload();
      return fresh ? editFormFrom(fresh) : null;
    },
  });
  const { control } = form;
  return (
    <ConfirmDialog
      open
      title={t('accounts.edit.title')}
      confirmLabel={t('accounts.action.save')}
      busy={busy}
      alert={<FormProblemAlert problem={problem} invalid={invalid} onReload={() => void reloadForm()} texts={accountProblemTexts(t)} />}
      onConfirm={() => void submit()}
      onClose={() => {
        // Cancelling drops the draft: the next Wijzigen starts from the server's values.
        discardDraft();
        onClose();
      }}
      testId="edit-dialog"
    >
      <FormTextField control={control} name="username" label={t('accounts.field.username')} required autoFocus />
      <FormTextField control={control} name="email" type="email" label={t('accounts.field.email')} required />
      <Alert severity="warning" variant="outlined">
        {t('accounts.edit.emailWarning')}
      </Alert>
      <Controller control={control} name="role" render={({ field }) => <RoleField value={field.value} onChange={field.onChange} />} />
      <FormTextField control={control} name="customerNumber" label={t('accounts.field.customerNumber')} helperText={t('accounts.field.customerNumber.help')} />
      <FormCheckbox control={control} name="additionalForCustomer" label={t('accounts.field.additionalForCustomer')} />
    </ConfirmDialog>
  );
}
