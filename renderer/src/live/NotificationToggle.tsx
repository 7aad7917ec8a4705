import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import NotificationsOffOutlined from '@mui/icons-material/NotificationsOffOutlined';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useT } from '../i18n';
import { setNotificationsEnabled, useNotificationsEnabled } from './notificationSetting';

/** The account menu's switch for desktop notifications and the badge (kept with the app's settings). */
export function NotificationMenuItem() {
  const t = useT();
  const on = useNotificationsEnabled();
  return (
    <MenuItem role="menuitemcheckbox" aria-checked={on} onClick={() => void setNotificationsEnabled(!on)} data-testid="notifications-toggle">
      <ListItemIcon>{on ? <NotificationsActiveOutlined fontSize="small" /> : <NotificationsOffOutlined fontSize="small" />}</ListItemIcon>
      <ListItemText primary={t('live.notifications')} secondary={t(on ? 'live.notifications.on' : 'live.notifications.off')} />
    </MenuItem>
  );
}
