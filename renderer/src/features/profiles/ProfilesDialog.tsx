import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  Stack,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Profile } from '../../../../shared/bridge';
import { kcc } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { ConnectionTestResult } from './ConnectionTestResult';
import { ProfileDialog } from './ProfileDialog';
import { bridgeMessage } from './profileForm';
import { profileKeys, useProfilesState } from './profileQueries';
import { ProfileRow } from './ProfileRow';
import { switchProfile } from './switchProfile';
import { useConnectionTest } from './useConnectionTest';

export interface ProfilesDialogProps {
  onClose: () => void;
  /** Signed in: switching asks first, and signs out of the current server before it switches. */
  signedIn: boolean;
}

type Editing = { profile: Profile | null } | null;

/** The server profiles: which one is active, add, edit, test, delete, and switch to another server. */
export function ProfilesDialog({ onClose, signedIn }: ProfilesDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const state = useProfilesState();
  const connection = useConnectionTest();
  const [tested, setTested] = useState<Profile | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const [switchTo, setSwitchTo] = useState<Profile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const data = state.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: profileKeys.all });

  /** Where a profile's server is, for the test: its address, or for a built-in one where the app reaches it now. */
  const testUrl = (profile: Profile): string | null => {
    if (profile.serverUrl !== undefined) return profile.serverUrl;
    if (profile.kind === 'embedded') return data?.active.id === profile.id ? data.serverUrl : null;
    return window.location.origin;
  };

  const test = (profile: Profile) => {
    const url = testUrl(profile);
    if (!url) return;
    setTested(profile);
    void connection.run(url);
  };

  const doSwitch = async (profile: Profile) => {
    setBusy(true);
    setError(null);
    try {
      await switchProfile(profile.id, { signOutFirst: signedIn });
    } catch (e) {
      setError(t('profiles.switch.failed', { message: bridgeMessage(e) }));
      setBusy(false);
      setSwitchTo(null);
    }
  };

  const use = (profile: Profile) => {
    if (signedIn) setSwitchTo(profile);
    else void doSwitch(profile);
  };

  const remove = async (profile: Profile) => {
    setBusy(true);
    setDeleteError(null);
    try {
      await kcc.profiles.remove(profile.id);
      setNotice(t('profiles.deleted'));
      if (tested?.id === profile.id) connection.clear();
      setDeleting(null);
      await refresh();
    } catch (e) {
      setDeleteError(t('profiles.delete.failed', { message: bridgeMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  const describeUrl = (profile: Profile) =>
    profile.serverUrl ?? (profile.kind === 'embedded' ? t('profiles.url.embedded') : t('profiles.url.sameOrigin', { origin: window.location.origin }));

  // The browser build reaches only its own origin (its CSP): other servers can be kept, not used.
  const usable = (profile: Profile) => data?.shell !== 'browser' || profile.serverUrl === undefined || new URL(profile.serverUrl).origin === window.location.origin;

  return (
    <>
      <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="profiles-dialog-title" data-testid="profiles-dialog">
        <DialogTitle id="profiles-dialog-title">{t('profiles.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText component="div">
              {t('profiles.intro')} {t('profiles.rule')}
            </DialogContentText>
            {data?.shell === 'browser' && <Alert severity="info">{t('profiles.browserNote', { origin: window.location.origin })}</Alert>}
            {state.isPending && <CircularProgress aria-label={t('common.loading')} />}
            {state.isError && <Alert severity="error">{t('profiles.loadFailed', { message: bridgeMessage(state.error) })}</Alert>}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            {notice && (
              <Alert severity="success" role="status" onClose={() => setNotice(null)}>
                {notice}
              </Alert>
            )}
            {data && (
              <List aria-label={t('profiles.list.label')} data-testid="profiles-list" disablePadding>
                {data.profiles.map((profile) => (
                  <ProfileRow
                    key={profile.id}
                    profile={profile}
                    url={describeUrl(profile)}
                    active={profile.id === data.active.id}
                    busy={busy}
                    canUse={usable(profile)}
                    canTest={testUrl(profile) !== null && !connection.testing}
                    testing={connection.testing && tested?.id === profile.id}
                    onUse={() => use(profile)}
                    onTest={() => test(profile)}
                    onEdit={() => setEditing({ profile })}
                    onDelete={() => setDeleting(profile)}
                  />
                ))}
              </List>
            )}
            {tested && connection.outcome && (
              <Stack spacing={0.5}>
                <Chip size="small" label={tested.name} sx={{ alignSelf: 'flex-start' }} />
                <ConnectionTestResult outcome={connection.outcome} testId="profiles-test-result" />
              </Stack>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button startIcon={<AddOutlined />} onClick={() => setEditing({ profile: null })} disabled={busy} sx={{ mr: 'auto' }}>
            {t('profiles.add')}
          </Button>
          <Button onClick={onClose} disabled={busy} variant="contained">
            {t('profiles.close')}
          </Button>
        </DialogActions>
      </Dialog>
      {editing && (
        <ProfileDialog
          profile={editing.profile}
          addressLocked={editing.profile !== null && editing.profile.id === data?.active.id}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('profiles.saved'));
            void refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          open
          testId="profile-delete"
          title={t('profiles.delete.title')}
          text={t('profiles.delete.text', { name: deleting.name, url: describeUrl(deleting) })}
          confirmLabel={t('profiles.delete.confirm')}
          danger
          busy={busy}
          error={deleteError}
          onConfirm={() => void remove(deleting)}
          onClose={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
        />
      )}
      {switchTo && data && (
        <ConfirmDialog
          open
          testId="profile-switch"
          title={t('profiles.switch.title')}
          text={t('profiles.switch.text', { current: data.active.name, target: switchTo.name })}
          confirmLabel={t('profiles.switch.confirm')}
          busy={busy}
          busyLabel={t('profiles.switching')}
          onConfirm={() => void doSwitch(switchTo)}
          onClose={() => setSwitchTo(null)}
        />
      )}
    </>
  );
}
