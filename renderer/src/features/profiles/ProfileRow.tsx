import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { Button, Chip, ListItem, ListItemIcon, ListItemText, Stack, Tooltip } from '@mui/material';
import type { Profile } from '../../../../shared/bridge';
import { useT } from '../../i18n';
import { isBuiltIn } from './profileForm';

export interface ProfileRowProps {
  profile: Profile;
  /** The address as shown (a built-in profile's in words). */
  url: string;
  active: boolean;
  busy: boolean;
  canUse: boolean;
  canTest: boolean;
  testing: boolean;
  onUse: () => void;
  onTest: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One profile in the list: name, address, active / built-in marks and what can be done with it. */
export function ProfileRow({ profile, url, active, busy, canUse, canTest, testing, onUse, onTest, onEdit, onDelete }: ProfileRowProps) {
  const t = useT();
  const builtIn = isBuiltIn(profile);
  const name = profile.name;
  return (
    <ListItem
      divider
      data-testid="profile-row"
      data-profile={profile.id}
      data-active={active ? 'true' : 'false'}
      sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      <ListItemIcon sx={{ minWidth: 38 }}>
        {active ? <CheckCircleOutlined color="success" aria-hidden /> : <DnsOutlined color="action" aria-hidden />}
      </ListItemIcon>
      <ListItemText
        sx={{ flex: '1 1 260px', minWidth: 0 }}
        primary={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{name}</span>
            {active && <Chip component="span" size="small" color="success" label={t('profiles.active')} />}
            {builtIn && <Chip component="span" size="small" variant="outlined" label={t('profiles.builtIn')} />}
          </Stack>
        }
        secondary={url}
        slotProps={{ secondary: { sx: { fontFamily: profile.serverUrl ? 'monospace' : undefined, wordBreak: 'break-all' } } }}
      />
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
        {!active && (
          <Button size="small" variant="outlined" onClick={onUse} disabled={busy || !canUse} aria-label={t('profiles.use.label', { name })}>
            {t('profiles.use')}
          </Button>
        )}
        <Button size="small" onClick={onTest} disabled={!canTest} aria-label={t('profiles.test.label', { name })}>
          {testing ? t('profiles.testing') : t('profiles.test')}
        </Button>
        {!builtIn && (
          <Button size="small" onClick={onEdit} disabled={busy} aria-label={t('profiles.edit.label', { name })}>
            {t('profiles.edit')}
          </Button>
        )}
        {!builtIn &&
          (active ? (
            <Tooltip title={t('profiles.activeNotDeletable')}>
              <span>
                <Button size="small" color="error" disabled aria-label={t('profiles.delete.label', { name })}>
                  {t('profiles.delete')}
                </Button>
              </span>
            </Tooltip>
          ) : (
            <Button size="small" color="error" onClick={onDelete} disabled={busy} aria-label={t('profiles.delete.label', { name })}>
              {t('profiles.delete')}
            </Button>
          ))}
      </Stack>
    </ListItem>
  );
}
