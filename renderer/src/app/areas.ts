import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import OutboxOutlined from '@mui/icons-material/OutboxOutlined';
import ToggleOnOutlined from '@mui/icons-material/ToggleOnOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import EuroOutlined from '@mui/icons-material/EuroOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import PlaylistPlayOutlined from '@mui/icons-material/PlaylistPlayOutlined';
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

export type AreaGroup = 'start' | 'kcc' | 'helpdesk' | 'admin';

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
  { id: 'attention', path: '/attention', icon: DashboardOutlined, capability: 'attention.read', labelKey: 'nav.attention', group: 'start', component: lazy(() => import('../features/attention')) },
  { id: 'customers', path: '/customer', icon: PeopleAltOutlined, capability: 'customers.read', labelKey: 'nav.customers', group: 'kcc', component: lazy(() => import('../features/customer')) },
  { id: 'accounts', path: '/accounts', icon: ManageAccountsOutlined, capability: 'accounts.read', labelKey: 'nav.accounts', group: 'kcc', component: lazy(() => import('../features/accounts')) },
  { id: 'account-requests', path: '/account-requests', icon: HowToRegOutlined, capability: 'accountRequests.read', labelKey: 'nav.accountRequests', group: 'kcc', component: lazy(() => import('../features/account-requests')) },
  { id: 'weborders', path: '/weborders', icon: ShoppingCartOutlined, capability: 'weborders.read', labelKey: 'nav.weborders', group: 'helpdesk', component: lazy(() => import('../features/weborders')) },
  { id: 'weborder-requests', path: '/weborder-requests', icon: SchoolOutlined, capability: 'weborders.manage', labelKey: 'nav.weborderRequests', group: 'helpdesk', component: lazy(() => import('../features/weborder-requests')) },
  { id: 'partners', path: '/partners', icon: HandshakeOutlined, capability: 'weborders.read', labelKey: 'nav.partners', group: 'helpdesk', component: lazy(() => import('../features/partners')) },
  { id: 'finance', path: '/finance', icon: EuroOutlined, capability: 'weborders.read', labelKey: 'nav.finance', group: 'helpdesk', component: lazy(() => import('../features/finance')) },
  { id: 'iban', path: '/iban', icon: AccountBalanceOutlined, capability: 'iban.manage', labelKey: 'nav.iban', group: 'helpdesk', component: lazy(() => import('../features/iban')) },
  { id: 'knowledge-base', path: '/knowledge-base', icon: MenuBookOutlined, capability: 'kb.read', labelKey: 'nav.knowledgeBase', group: 'admin', component: lazy(() => import('../features/knowledge-base')) },
  { id: 'labels', path: '/labels', icon: LabelOutlined, capability: 'portal.configure', labelKey: 'nav.labels', group: 'admin', component: lazy(() => import('../features/labels')) },
  { id: 'email-templates', path: '/email-templates', icon: MarkEmailReadOutlined, capability: 'portal.configure', labelKey: 'nav.emailTemplates', group: 'admin', component: lazy(() => import('../features/email-templates')) },
  { id: 'outbox', path: '/outbox', icon: OutboxOutlined, capability: 'portal.configure', labelKey: 'nav.outbox', group: 'admin', component: lazy(() => import('../features/outbox')) },
  { id: 'theme', path: '/theme', icon: PaletteOutlined, capability: 'portal.configure', labelKey: 'nav.theme', group: 'admin', component: lazy(() => import('../features/theme')) },
  { id: 'functionalities', path: '/functionalities', icon: ToggleOnOutlined, capability: 'portal.configure', labelKey: 'nav.functionalities', group: 'admin', component: lazy(() => import('../features/functionalities')) },
  { id: 'import', path: '/import', icon: UploadFileOutlined, capability: 'imports.manage', labelKey: 'nav.import', group: 'admin', component: lazy(() => import('../features/import')) },
  { id: 'groups', path: '/groups', icon: GroupsOutlined, capability: 'imports.manage', labelKey: 'nav.groups', group: 'admin', component: lazy(() => import('../features/groups')) },
  { id: 'jobs', path: '/jobs', icon: PlaylistPlayOutlined, capability: 'imports.manage', labelKey: 'nav.jobs', group: 'admin', component: lazy(() => import('../features/jobs')) },
  { id: 'settings', path: '/settings', icon: SettingsOutlined, capability: 'settings.manage', labelKey: 'nav.settings', group: 'admin', component: lazy(() => import('../features/settings')) },
  { id: 'network', path: '/network', icon: LanOutlined, capability: 'network.manage', labelKey: 'nav.network', group: 'admin', component: lazy(() => import('../features/network')) },
  { id: 'audit', path: '/audit', icon: HistoryOutlined, capability: 'audit.read', labelKey: 'nav.audit', group: 'admin', component: lazy(() => import('../features/audit')) },
];

export const areaGroups: readonly { id: AreaGroup; labelKey: MessageKey }[] = [
  { id: 'start', labelKey: 'nav.group.start' },
  { id: 'kcc', labelKey: 'nav.group.kcc' },
  { id: 'helpdesk', labelKey: 'nav.group.helpdesk' },
  { id: 'admin', labelKey: 'nav.group.admin' },
];
