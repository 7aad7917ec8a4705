import { Box, Button, Snackbar } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { Account, AccountRequest } from '../../../../shared/api/accounts';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { useT, type MessageKey } from '../../i18n';
import { useCan } from '../../session/useCan';
import { ResendDialog } from '../account-requests/ResendDialog';
import { useAccountChanged } from './accountChanged';
import { BlockDialog } from './BlockDialog';
import { SimpleActionDialog } from './SimpleActionDialog';

type Dialog = 'block' | 'unblock' | 'activate' | 'resend' | 'requestResend';

const doneText: Record<Dialog, MessageKey> = {
  block: 'accounts.block.done',
  unblock: 'accounts.unblock.done',
  activate: 'accounts.activate.done',
  resend: 'accounts.resend.done',
  requestResend: 'accountRequests.resend.done',
};

export interface CustomerAccountActionsProps {
  account: Account | null;
  /** The household's account request, for a household without an account yet. */
  request: AccountRequest | null;
}

/**
 * The account actions on the customer screen, beside the account status, so each is one click and one
 * confirmation away from any tab: Activeren (automatic block), De-blokkeren or Blokkeren, and the activation
 * mail again for an unconfirmed account — or, for a household without an account, for its request once the
 * tenant filled in the details. The same dialogs as the Accounts screen; they bring every screen that shows the
 * account up to date themselves (accountChanged.ts). Nothing shows for staff who may not manage accounts.
 */
export function CustomerAccountActions({ account, request }: CustomerAccountActionsProps) {
  const t = useT();
  const canAccounts = useCan('accounts.manage');
  const canRequests = useCan('accountRequests.manage');
  const changed = useAccountChanged();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refocus = useRef(false);
  const toolbar = useRef<HTMLDivElement>(null);

  // The button that opened the dialog may be gone once the status changed (Activeren after activating):
  // keep the keyboard in the toolbar instead of on the page's body.
  useEffect(() => {
    if (!refocus.current || dialog !== null) return;
    refocus.current = false;
    const id = window.setTimeout(() => {
      if (!toolbar.current?.contains(document.activeElement)) toolbar.current?.querySelector<HTMLButtonElement>('button')?.focus();
    }, 0);
    return () => window.clearTimeout(id);
  }, [dialog]);

  const done = (which: Dialog, email: string | null) => {
    refocus.current = true;
    setDialog(null);
    setMessage(t(doneText[which], { email: email ?? '' }));
  };
  const reload = async (): Promise<Account | undefined> => {
    if (!account) return undefined;
    try {
      const fresh = await api.call('accounts.get', { params: { id: account.id } });
      changed({ kind: 'saved', account: fresh });
      return fresh;
    } catch (e) {
      if (isApiError(e) && e.code === 'not_found') {
        changed({ kind: 'removed', id: account.id });
        return undefined;
      }
      throw e;
    }
  };

  // One colour for all: the status chip beside them already carries the meaning, and every label says what it does.
  const buttons: { id: Dialog; label: MessageKey }[] = [];
  if (account && canAccounts) {
    if (account.autoBlocked) buttons.push({ id: 'activate', label: 'accounts.action.activate' });
    if (account.manuallyBlocked) buttons.push({ id: 'unblock', label: 'accounts.action.unblock' });
    if (!account.confirmedAt) buttons.push({ id: 'resend', label: 'accounts.action.resend' });
    if (!account.manuallyBlocked) buttons.push({ id: 'block', label: 'accounts.action.block' });
  } else if (!account && request?.detailsFilledAt && canRequests) {
    buttons.push({ id: 'requestResend', label: 'accounts.action.resend' });
  }

  return (
    <>
      {buttons.length > 0 && (
        <Box
          ref={toolbar}
          role="toolbar"
          aria-label={t('accounts.actions.label')}
          sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1 }}
          data-testid="customer-account-actions"
        >
          {buttons.map((b) => (
            <Button key={b.id} size="small" variant="outlined" onClick={() => setDialog(b.id)} data-action={b.id}>
              {t(b.label)}
            </Button>
          ))}
        </Box>
      )}
      {account && dialog === 'block' && <BlockDialog account={account} onClose={() => setDialog(null)} onDone={() => done('block', null)} reload={reload} />}
      {account && (dialog === 'unblock' || dialog === 'activate' || dialog === 'resend') && (
        <SimpleActionDialog action={dialog} account={account} onClose={() => setDialog(null)} onDone={(which) => done(dialog, which === 'resend' ? account.email : null)} />
      )}
      {request && dialog === 'requestResend' && <ResendDialog request={request} onClose={() => setDialog(null)} onDone={(next) => done('requestResend', next.email)} />}
      <Snackbar
        open={message !== null}
        autoHideDuration={5000}
        onClose={() => setMessage(null)}
        message={message ?? ''}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </>
  );
}
