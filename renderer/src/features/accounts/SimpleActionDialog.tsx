import { Alert } from '@mui/material';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { noFields, noValues } from '../../components/form/noFields';
import { useServerForm } from '../../components/form/useServerForm';
import { useT, type MessageKey } from '../../i18n';
import { useAccountChanged } from './accountChanged';
import { accountProblemTexts } from './accountForm';

export type SimpleAction = 'unblock' | 'activate' | 'resend' | 'delete';

const texts: Record<SimpleAction, { title: MessageKey; text: MessageKey; confirm: MessageKey }> = {
  unblock: { title: 'accounts.unblock.title', text: 'accounts.unblock.text', confirm: 'accounts.action.unblock' },
  activate: { title: 'accounts.activate.title', text: 'accounts.activate.text', confirm: 'accounts.action.activate' },
  resend: { title: 'accounts.resend.title', text: 'accounts.resend.text', confirm: 'accounts.resend.send' },
  delete: { title: 'accounts.delete.title', text: 'accounts.delete.text', confirm: 'accounts.action.delete' },
};

export interface SimpleActionDialogProps {
  action: SimpleAction;
  account: Account;
  onClose: () => void;
  /** The account after the change (as it was, after a resend: the mail changes nothing it shows), or null once it is deleted. */
  onDone: (action: SimpleAction, account: Account | null) => void;
}

/** De-blokkeren, Activeren, Activatiemail opnieuw versturen and Verwijderen: confirm, call, show the server's new state. */
export function SimpleActionDialog({ action, account, onClose, onDone }: SimpleActionDialogProps) {
  const t = useT();
  const changed = useAccountChanged();
  const { submit, busy, problem } = useServerForm({
    schema: noFields,
    defaultValues: noValues,
    send: async (): Promise<Account | null> => {
      if (action === 'unblock') return api.call('accounts.unblock', { params: { id: account.id } });
      if (action === 'activate') return api.call('accounts.activate', { params: { id: account.id } });
      if (action === 'resend') {
        await api.call('accounts.resendActivation', { params: { id: account.id } });
        return account;
      }
      await api.call('accounts.remove', { params: { id: account.id } });
      return null;
    },
    onSaved: (next) => {
      if (action === 'resend') changed({ kind: 'mailSent', id: account.id });
      else if (next) changed({ kind: 'saved', account: next });
      else changed({ kind: 'removed', id: account.id });
      onDone(action, next);
    },
  });
  return (
    <ConfirmDialog
      open
      title={t(texts[action].title)}
      text={
        <>
          {t(texts[action].text, { username: account.username, email: account.email })}
          {/* In the text, not as a field: the confirm button keeps the focus, so Enter still sends. */}
          {action === 'resend' && !account.emailValid && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="resend-email-invalid">
              {t('accounts.resend.emailInvalid')}
            </Alert>
          )}
        </>
      }
      confirmLabel={t(texts[action].confirm)}
      danger={action === 'delete'}
      busy={busy}
      alert={<FormProblemAlert problem={problem} texts={accountProblemTexts(t)} />}
      onConfirm={() => void submit()}
      onClose={onClose}
      testId={`${action}-dialog`}
    />
  );
}
