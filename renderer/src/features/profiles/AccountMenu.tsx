import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { Box, ButtonBase, Divider, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { Staff } from '../../../../shared/api/staff';
import { useT } from '../../i18n';
import { useProfilesState } from './profileQueries';
import { ProfilesDialog } from './ProfilesDialog';
import { NotificationMenuItem } from '../../live/NotificationToggle';

/** The app bar's user menu: who is signed in, on which server, and the way to the server profiles. */
export function AccountMenu({ staff, roleNames }: { staff: Staff; roleNames: string }) {
  const t = useT();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const state = useProfilesState();
  const serverName = state.data?.active.name ?? '…';
  return (
    <>
      <ButtonBase
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        // Named by what it shows (name and roles), so speech users can say what they see; aria-haspopup tells it is a menu.
        data-testid="staff-identity"
        sx={{ borderRadius: 1, px: 1, py: 0.5, '&:hover, &.Mui-focusVisible': { bgcolor: 'rgba(255,255,255,0.12)' } }}
      >
        <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {staff.displayName}
          </Typography>
          <Typography variant="caption" sx={{ opacity: 0.8 }}>
            {roleNames}
          </Typography>
        </Box>
      </ButtonBase>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {/* Information, not an action: not focusable, but shown at full strength. */}
        <MenuItem disabled data-testid="account-server" sx={{ '&.Mui-disabled': { opacity: 1 } }}>
          <ListItemText primary={t('shell.account', { name: staff.displayName })} secondary={t('profiles.menu.server', { name: serverName })} />
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setProfilesOpen(true);
          }}
        >
          <ListItemIcon>
            <DnsOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t('profiles.menu.open')} />
        </MenuItem>
        <NotificationMenuItem />
      </Menu>
      {profilesOpen && <ProfilesDialog signedIn onClose={() => setProfilesOpen(false)} />}
    </>
  );
}
