import type { Account } from '../../../../shared/api/accounts';
import { BlockAccount } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormProblemAlert } from '../../components/form/FormProblemAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { useServerForm } from '../../components/form/useServerForm';
import { useT } from '../../i18n';
import { useAccountChanged } from './accountChanged';
import { accountProblemTexts } from './accountForm';

export interface BlockDialogProps {
  account: Account;
  onClose: () => void;
  onDone: (account: Account) => void;
  /** Fetches the server's current account (after a 409); undefined when it is gone. */
  reload: () => Promise<Account | undefined>;
}

const schema = BlockAccount.pick({ reason: true });

/** Blocking an account: a reason is required (checked here before sending) and shown in Accountstatus afterwards. */
export function BlockDialog({ account, onClose, onDone, reload }: BlockDialogProps) {
  const t = useT();
  const changed = useAccountChanged();
  const { form, submit, busy, problem, reload: reloadForm } = useServerForm({
    schema,
    defaultValues: { reason: '' },
    draft: { key: `accounts.block.${account.id}` },
    required: ['reason'],
    // The version of the account as the drawer shows it now: a change since then is refused with 409.
    send: (body) => api.call('accounts.block', { params: { id: account.id }, body: { ...body, version: account.version } }),
    onSaved: (next) => {
      changed({ kind: 'saved', account: next });
      onDone(next);
    },
    reload: async (values) => ((await reload()) ? values : null),
  });
  return (
    <ConfirmDialog
      open
      title={t('accounts.block.title')}
      text={t('accounts.block.text', { username: account.username })}
      confirmLabel={t('accounts.action.block')}
      danger
      busy={busy}
      alert={<FormProblemAlert problem={problem} onReload={() => void reloadForm()} texts={accountProblemTexts(t)} />}
      onConfirm={() => void submit()}
      onClose={onClose}
      testId="block-dialog"
    >
      <FormTextField
        control={form.control}
        name="reason"
        label={t('accounts.block.reason')}
        helperText={t('accounts.block.reason.help')}
        required
        autoFocus
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        onKeyDown={(e) => {
          // Enter confirms (as in every dialog); Shift+Enter starts a new line.
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit();
          }
        }}
      />
    </ConfirmDialog>
  );
}
