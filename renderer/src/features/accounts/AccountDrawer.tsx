import CloseRounded from '@mui/icons-material/CloseRounded';
import { Alert, Box, Button, CircularProgress, Divider, Drawer, IconButton, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { isApiError } from '../../../../shared/client';
import { useEscapeWhenFocusLost } from './components/useEscapeWhenFocusLost';
import { useT, type MessageKey } from '../../i18n';
import { AccountDetails } from './AccountDetails';
import { useAccount, useAccountChanged, useAccountRemoved } from './accountQueries';
import { BlockDialog } from './BlockDialog';
import { apiErrorText } from './components/apiErrorText';
import { EditAccountDialog } from './EditAccountDialog';
import { SimpleActionDialog, type SimpleAction } from './SimpleActionDialog';

type Dialog = 'edit' | 'block' | SimpleAction | null;

const doneText: Record<Exclude<Dialog, null>, MessageKey> = {
  edit: 'accounts.edit.done',
  block: 'accounts.block.done',
  unblock: 'accounts.unblock.done',
  activate: 'accounts.activate.done',
  delete: 'accounts.delete.done',
};

/** Account details in a drawer beside the list (#/accounts/<id>), with the actions the signed-in roles allow. */
export function AccountDrawer({ id, canAct, onClose }: { id: number | null; canAct: boolean; onClose: () => void }) {
  const t = useT();
  const account = useAccount(id);
  const changed = useAccountChanged();
  const removed = useAccountRemoved();
  const [dialog, setDialog] = useState<Dialog>(null);
  useEscapeWhenFocusLost(id !== null && dialog === null, onClose);
  const [message, setMessage] = useState<string | null>(null);

  const done = (which: Exclude<Dialog, null>, next: Account | null) => {
    setDialog(null);
    setMessage(t(doneText[which]));
    // The button that was pressed may be gone now (Blokkeren → De-blokkeren): keep focus in the drawer so
    // the keyboard (Escape, Tab) keeps working.
    requestAnimationFrame(() => document.getElementById('account-drawer-title')?.focus());
    if (next) changed(next);
    else if (id !== null) {
      removed(id);
      onClose();
    }
  };
  const reload = async () => (await account.refetch()).data;
  const a = account.data;

  return (
    <>
      <Drawer
        anchor="right"
        open={id !== null}
        onClose={onClose}
        slotProps={{ paper: { sx: { width: { xs: '100%', sm: 560 }, p: 3 }, 'aria-labelledby': 'account-drawer-title' } }}
        data-testid="account-drawer"
        // Above the app bar (which sits above the navigation drawer), so the title and close button show.
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h6" component="h2" id="account-drawer-title" tabIndex={-1} sx={{ flex: 1, outline: 'none' }}>
            {t('accounts.details.title')}
            {a ? ` — ${a.username}` : ''}
          </Typography>
          <IconButton onClick={onClose} aria-label={t('accounts.details.close')}>
            <CloseRounded />
          </IconButton>
        </Stack>
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
                <Button variant="contained" onClick={() => setDialog('edit')}>
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
            <BlockDialog account={a} open={dialog === 'block'} onClose={() => setDialog(null)} onDone={(next) => done('block', next)} onReload={() => void reload()} />
            <EditAccountDialog account={a} open={dialog === 'edit'} onClose={() => setDialog(null)} onDone={(next) => done('edit', next)} reload={reload} />
            <SimpleActionDialog
              action={dialog === 'unblock' || dialog === 'activate' || dialog === 'delete' ? dialog : null}
              account={a}
              onClose={() => setDialog(null)}
              onDone={done}
            />
          </>
        )}
      </Drawer>
      <Snackbar open={message !== null} autoHideDuration={4000} onClose={() => setMessage(null)} message={message ?? ''} />
    </>
  );
}
