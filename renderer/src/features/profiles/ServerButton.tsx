import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useProfilesState } from './profileQueries';
import { ProfilesDialog } from './ProfilesDialog';

/** The sign-in screen's "Server: …" button: shows the active profile and opens the profiles. */
export function ServerButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const state = useProfilesState();
  const name = state.data?.active.name ?? '…';
  return (
    <>
      <Button
        color="primary"
        startIcon={<DnsOutlined />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={t('profiles.menu.label', { name })}
        data-testid="server-button"
        sx={{ textTransform: 'none' }}
      >
        {t('profiles.menu.server', { name })}
      </Button>
      {open && <ProfilesDialog signedIn={false} onClose={() => setOpen(false)} />}
    </>
  );
}
