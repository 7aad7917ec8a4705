import { useMutation } from '@tanstack/react-query';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { useT, type MessageKey } from '../../i18n';
import { apiErrorText } from './components/apiErrorText';
import { ConfirmDialog } from './components/ConfirmDialog';

export type SimpleAction = 'unblock' | 'activate' | 'delete';

const texts: Record<SimpleAction, { title: MessageKey; text: MessageKey; confirm: MessageKey }> = {
  unblock: { title: 'accounts.unblock.title', text: 'accounts.unblock.text', confirm: 'accounts.action.unblock' },
  activate: { title: 'accounts.activate.title', text: 'accounts.activate.text', confirm: 'accounts.action.activate' },
  delete: { title: 'accounts.delete.title', text: 'accounts.delete.text', confirm: 'accounts.action.delete' },
};

export interface SimpleActionDialogProps {
  action: SimpleAction | null;
  account: Account;
  onClose: () => void;
  /** The account after the change, or null once it is deleted. */
  onDone: (action: SimpleAction, account: Account | null) => void;
}

/** De-blokkeren, Activeren and Verwijderen: confirm, call, show the server's new state. */
export function SimpleActionDialog({ action, account, onClose, onDone }: SimpleActionDialogProps) {
  const t = useT();
  const run = useMutation({
    mutationFn: async (which: SimpleAction): Promise<Account | null> => {
      if (which === 'unblock') return api.call('accounts.unblock', { params: { id: account.id } });
      if (which === 'activate') return api.call('accounts.activate', { params: { id: account.id } });
      await api.call('accounts.remove', { params: { id: account.id } });
      return null;
    },
    onSuccess: (next, which) => onDone(which, next),
  });
  const current = action ?? 'unblock';
  return (
    <ConfirmDialog
      open={action !== null}
      title={t(texts[current].title)}
      text={t(texts[current].text, { username: account.username })}
      confirmLabel={t(texts[current].confirm)}
      danger={current === 'delete'}
      busy={run.isPending}
      error={run.error ? apiErrorText(run.error, t) : null}
      onConfirm={() => action && run.mutate(action)}
      onClose={() => { run.reset(); onClose(); }}
      testId={`${current}-dialog`}
    />
  );
}
