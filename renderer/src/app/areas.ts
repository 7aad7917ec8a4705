import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HowToRegOutlined from '@mui/icons-material/HowToRegOutlined';
import LabelOutlined from '@mui/icons-material/LabelOutlined';
import LanOutlined from '@mui/icons-material/LanOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PaletteOutlined from '@mui/icons-material/PaletteOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import ShoppingCartOutlined from '@mui/icons-material/ShoppingCartOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Capability } from '../../../shared/roles';
import type { MessageKey } from '../i18n';

export type AreaGroup = 'kcc' | 'helpdesk' | 'admin';

export interface Area {
  id: string;
  /** Route prefix: the area owns this path and everything below it ("/customer/HM-000123"). */
  path: string;
  icon: SvgIconComponent;
  /** The capability that opens the area (shared/roles.ts): the one its main server routes need. */
  capability: Capability;
  labelKey: MessageKey;
  group: AreaGroup;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * Every screen of the app, in navigation order. To build an area, replace the placeholder in
 * renderer/src/features/<folder>/index.tsx (default export); nothing here needs to change.
 */
export const areas: readonly Area[] = [
  { id: 'customers', path: '/customer', icon: PeopleAltOutlined, capability: 'customers.read', labelKey: 'nav.customers', group: 'kcc', component: lazy(() => import('../features/customer')) },
  { id: 'accounts', path: '/accounts', icon: ManageAccountsOutlined, capability: 'accounts.read', labelKey: 'nav.accounts', group: 'kcc', component: lazy(() => import('../features/accounts')) },
  { id: 'account-requests', path: '/account-requests', icon: HowToRegOutlined, capability: 'accountRequests.read', labelKey: 'nav.accountRequests', group: 'kcc', component: lazy(() => import('../features/account-requests')) },
  { id: 'weborders', path: '/weborders', icon: ShoppingCartOutlined, capability: 'weborders.manage', labelKey: 'nav.weborders', group: 'helpdesk', component: lazy(() => import('../features/weborders')) },
  { id: 'iban', path: '/iban', icon: AccountBalanceOutlined, capability: 'iban.manage', labelKey: 'nav.iban', group: 'helpdesk', component: lazy(() => import('../features/iban')) },
  { id: 'knowledge-base', path: '/knowledge-base', icon: MenuBookOutlined, capability: 'portal.configure', labelKey: 'nav.knowledgeBase', group: 'admin', component: lazy(() => import('../features/knowledge-base')) },
  { id: 'labels', path: '/labels', icon: LabelOutlined, capability: 'portal.configure', labelKey: 'nav.labels', group: 'admin', component: lazy(() => import('../features/labels')) },
  { id: 'theme', path: '/theme', icon: PaletteOutlined, capability: 'portal.configure', labelKey: 'nav.theme', group: 'admin', component: lazy(() => import('../features/theme')) },
  { id: 'settings', path: '/settings', icon: SettingsOutlined, capability: 'settings.manage', labelKey: 'nav.settings', group: 'admin', component: lazy(() => import('../features/settings')) },
  { id: 'network', path: '/network', icon: LanOutlined, capability: 'network.manage', labelKey: 'nav.network', group: 'admin', component: lazy(() => import('../features/network')) },
  { id: 'audit', path: '/audit', icon: HistoryOutlined, capability: 'audit.read', labelKey: 'nav.audit', group: 'admin', component: lazy(() => import('../features/audit')) },
];

export const areaGroups: readonly { id: AreaGroup; labelKey: MessageKey }[] = [
  { id: 'kcc', labelKey: 'nav.group.kcc' },
  { id: 'helpdesk', labelKey: 'nav.group.helpdesk' },
  { id: 'admin', labelKey: 'nav.group.admin' },
];
