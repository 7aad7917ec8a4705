import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { noFields, noValues } from '../../components/form/noFields';
import { useServerForm } from '../../components/form/useServerForm';
import { useT, type MessageKey } from '../../i18n';
import { accountProblemTexts } from './accountForm';

export type SimpleAction = 'unblock' | 'activate' | 'delete';

const texts: Record<SimpleAction, { title: MessageKey; text: MessageKey; confirm: MessageKey }> = {
  unblock: { title: 'accounts.unblock.title', text: 'accounts.unblock.text', confirm: 'accounts.action.unblock' },
  activate: { title: 'accounts.activate.title', text: 'accounts.activate.text', confirm: 'accounts.action.activate' },
  delete: { title: 'accounts.delete.title', text: 'accounts.delete.text', confirm: 'accounts.action.delete' },
};

export interface SimpleActionDialogProps {
  action: SimpleAction;
  account: Account;
  onClose: () => void;
  /** The account after the change, or null once it is deleted. */
  onDone: (action: SimpleAction, account: Account | null) => void;
}

/** De-blokkeren, Activeren and Verwijderen: confirm, call, show the server's new state. */
export function SimpleActionDialog({ action, account, onClose, onDone }: SimpleActionDialogProps) {
  const t = useT();
  const { submit, busy, problem } = useServerForm({
    schema: noFields,
    defaultValues: noValues,
    send: async (): Promise<Account | null> => {
      if (action === 'unblock') return api.call('accounts.unblock', { params: { id: account.id } });
      if (action === 'activate') return api.call('accounts.activate', { params: { id: account.id } });
      await api.call('accounts.remove', { params: { id: account.id } });
      return null;
    },
    onSaved: (next) => onDone(action, next),
  });
  return (
    <ConfirmDialog
      open
      title={t(texts[action].title)}
      text={t(texts[action].text, { username: account.username })}
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
