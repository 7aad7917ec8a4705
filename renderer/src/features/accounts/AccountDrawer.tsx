import { Alert, Box, Button, CircularProgress, Divider, Snackbar } from '@mui/material';
import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { isApiError } from '../../../../shared/client';
import { apiErrorText } from '../../components/apiErrorText';
import { DrawerShell, focusDrawerTitle } from '../../components/DrawerShell';
import { useT, type MessageKey } from '../../i18n';
import { AccountDetails } from './AccountDetails';
import { useAccount } from './accountQueries';
import { BlockDialog } from './BlockDialog';
import { EditAccountDialog } from './EditAccountDialog';
import { SimpleActionDialog, type SimpleAction } from './SimpleActionDialog';

type Dialog = 'edit' | 'block' | SimpleAction | null;

const doneText: Record<Exclude<Dialog, null>, MessageKey> = {
  edit: 'accounts.edit.done',
  block: 'accounts.block.done',
  unblock: 'accounts.unblock.done',
  activate: 'accounts.activate.done',
  resend: 'accounts.resend.done',
  delete: 'accounts.delete.done',
};

const TITLE_ID = 'account-drawer-title';

/** Account details in a drawer beside the list (#/accounts/<id>), with the actions the signed-in roles allow. */
export function AccountDrawer({ id, canAct, onClose }: { id: number | null; canAct: boolean; onClose: () => void }) {
  const t = useT();
  const account = useAccount(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);

  const done = (which: Exclude<Dialog, null>, next: Account | null) => {
    setDialog(null);
    setMessage(t(doneText[which], { email: next?.email ?? '' }));
    focusDrawerTitle(TITLE_ID);
    // The dialogs brought every screen up to date themselves (accountChanged.ts); a deleted account closes the drawer.
    if (!next) onClose();
  };
  const reload = async () => (await account.refetch()).data;
  const close = () => setDialog(null);
  const a = account.data;

  return (
    <>
      <DrawerShell
        open={id !== null}
        onClose={onClose}
        titleId={TITLE_ID}
        title={`${t('accounts.details.title')}${a ? ` — ${a.username}` : ''}`}
        closeLabel={t('accounts.details.close')}
        width={560}
        testId="account-drawer"
        escapeWhenFocusLost={dialog === null}
      >
        {account.isPending && id !== null && <CircularProgress aria-label={t('common.loading')} />}
        {account.isError && (
          <Alert severity="error">
            {isApiError(account.error) && account.error.code === 'not_found' ? t('accounts.details.notFound') : apiErrorText(account.error, t)}
          </Alert>
        )}
        {a && (
          <>
            <AccountDetails account={a} />
            <Divider sx={{ mb: 2 }} />
            {canAct ? (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} role="toolbar" aria-label={t('accounts.details.title')}>
                <Button variant="contained" onClick={() => setDialog('edit')} aria-label={t('accounts.action.edit.label', { username: a.username })}>
                  {t('accounts.action.edit')}
                </Button>
                {a.manuallyBlocked ? (
                  <Button variant="outlined" onClick={() => setDialog('unblock')}>
                    {t('accounts.action.unblock')}
                  </Button>
                ) : (
                  <Button variant="outlined" color="warning" onClick={() => setDialog('block')}>
                    {t('accounts.action.block')}
                  </Button>
                )}
                {a.autoBlocked && (
                  <Button variant="outlined" color="success" onClick={() => setDialog('activate')}>
                    {t('accounts.action.activate')}
                  </Button>
                )}
                {!a.confirmedAt && (
                  <Button variant="outlined" onClick={() => setDialog('resend')}>
                    {t('accounts.action.resend')}
                  </Button>
                )}
                <Box sx={{ flex: 1 }} />
                <Button variant="text" color="error" onClick={() => setDialog('delete')}>
                  {t('accounts.action.delete')}
                </Button>
              </Box>
            ) : (
              <Alert severity="info" variant="outlined">
                {t('accounts.action.lookOnly')}
              </Alert>
            )}
            {dialog === 'block' && <BlockDialog account={a} onClose={close} onDone={(next) => done('block', next)} reload={reload} />}
            {dialog === 'edit' && <EditAccountDialog account={a} onClose={close} onDone={(next) => done('edit', next)} reload={reload} />}
            {(dialog === 'unblock' || dialog === 'activate' || dialog === 'resend' || dialog === 'delete') && (
              <SimpleActionDialog action={dialog} account={a} onClose={close} onDone={done} />
            )}
          </>
        )}
      </DrawerShell>
      <Snackbar open={message !== null} autoHideDuration={4000} onClose={() => setMessage(null)} message={message ?? ''} />
    </>
  );
}
