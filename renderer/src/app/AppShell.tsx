import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import SupportAgentOutlined from '@mui/icons-material/SupportAgentOutlined';
import {
  Alert,
  AppBar,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Stack,
  Toolbar,
  Typography,
} from '@mui/material';
import { Suspense, useEffect, useRef } from 'react';
import type { Staff } from '../../../shared/api/staff';
import { ConnectionBanner } from '../connection/ConnectionBanner';
import { LookAlongBanner } from '../features/customer/lookAlong/LookAlongBanner';
import { LiveEvents } from '../live/LiveEvents';
import { AccountMenu } from '../features/profiles/AccountMenu';
import { useT } from '../i18n';
import { signOut } from '../session/sessionStore';
import { AreaErrorBoundary } from './AreaErrorBoundary';
import { useFocusHeadingOnNavigate } from './focusHeading';
import { areaForPath, allowedAreas } from './areaAccess';
import { areaGroups, areas, type Area } from './areas';
import { LanguageToggle } from './LanguageToggle';
import { QuickLookup } from './quickLookup/QuickLookup';
import { hrefFor, navigate, routeMatches, useRoute } from './router';

// Narrow enough that the grids keep every column at 1280 px wide (a common desk laptop).
const DRAWER_WIDTH = 232;

export function AppShell({ staff }: { staff: Staff }) {
  const t = useT();
  const route = useRoute();
  const allowed = allowedAreas(areas, staff.roles);
  const current = areaForPath(areas, route.path);
  const first = allowed[0];
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(current?.id, mainRef);

  // "#/" (or nothing) opens the first area this staff member may use.
  useEffect(() => {
    if (route.path === '/' && first) navigate(first.path, { replace: true });
  }, [route.path, first]);

  const roleNames = staff.roles.map((r) => t(`role.${r}`)).join(' · ');

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <SupportAgentOutlined aria-hidden />
          <Box sx={{ flexGrow: 1, display: 'flex', alignItems: 'baseline', gap: 1.5 }}>
            <Typography variant="h6" component="div" sx={{ fontWeight: 500 }}>
              {t('app.name')}
            </Typography>
            <Typography variant="body2" sx={{ opacity: 0.75, display: { xs: 'none', md: 'block' } }}>
              {t('app.tagline')}
            </Typography>
          </Box>
          {allowed.some((a) => a.id === 'customers') && <QuickLookup />}
          <AccountMenu staff={staff} roleNames={roleNames} />
          <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.3)', my: 1.5 }} />
          <LanguageToggle />
          <Button color="inherit" startIcon={<LogoutOutlined />} onClick={() => void signOut().then(() => navigate('/', { replace: true }))}>
            {t('shell.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <ConnectionBanner />
      <LiveEvents staff={staff} />
      <LookAlongBanner />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Drawer
          variant="permanent"
          sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, position: 'relative', boxSizing: 'border-box' } }}
        >
          <Box component="nav" aria-label={t('nav.label')} sx={{ overflowY: 'auto', px: 1, py: 1 }}>
            {areaGroups.map((group) => {
              const items = allowed.filter((a) => a.group === group.id);
              if (items.length === 0) return null;
              return (
                <List
                  key={group.id}
                  dense
                  subheader={
                    <ListSubheader disableSticky sx={{ lineHeight: '36px', bgcolor: 'transparent' }}>
                      {t(group.labelKey)}
                    </ListSubheader>
                  }
                >
                  {items.map((area) => (
                    <NavItem key={area.id} area={area} selected={routeMatches(route, area.path)} label={t(area.labelKey)} />
                  ))}
                </List>
              );
            })}
          </Box>
        </Drawer>
        <Box component="main" ref={mainRef} sx={{ flex: 1, overflow: 'auto', p: { xs: 2, md: 3 } }}>
          {allowed.length === 0 ? (
            <Alert severity="info">{t('shell.noAreas')}</Alert>
          ) : !current ? (
            route.path === '/' ? null : <Alert severity="warning">{t('shell.notFound')}</Alert>
          ) : !allowed.includes(current) ? (
            <Alert severity="warning">{t('shell.notAllowed')}</Alert>
          ) : (
            <AreaErrorBoundary message={t('shell.areaFailed')} resetKey={current.id}>
              <Suspense fallback={<CircularProgress aria-label={t('common.loading')} />}>
                <current.component />
              </Suspense>
            </AreaErrorBoundary>
          )}
        </Box>
      </Box>
    </Box>
  );
}

function NavItem({ area, selected, label }: { area: Area; selected: boolean; label: string }) {
  const Icon = area.icon;
  return (
    // The link sits inside an <li>: a list may hold only list items (screen readers count them).
    <ListItem disablePadding>
      <ListItemButton component="a" href={hrefFor(area.path)} selected={selected} aria-current={selected ? 'page' : undefined} data-area={area.id}>
        <ListItemIcon sx={{ minWidth: 38 }}>
          <Icon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={label} />
      </ListItemButton>
    </ListItem>
  );
}

export function ShellLoading() {
  const t = useT();
  return (
    <Stack sx={{ height: '100vh' }}>
      <ConnectionBanner />
      <Stack sx={{ flex: 1, alignItems: 'center', justifyContent: 'center' }} spacing={2}>
        <CircularProgress />
        <Typography color="text.secondary">{t('common.loading')}</Typography>
      </Stack>
    </Stack>
  );
}
