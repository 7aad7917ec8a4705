import { accountRoutes } from './accounts';
import { adminRoutes } from './admin';
import { customerRoutes } from './customers';
import { kbRoutes } from './kb';
import { helpdeskRoutes } from './helpdesk';
import { importRoutes } from './imports';
import { portalRoutes } from './portal';
import { portalLookRoutes } from './portalLook';
import { portalTextRoutes } from './portalTexts';
import { staffRoutes } from './staff';
import { weborderRoutes } from './weborders';

/**
 * The route table: every endpoint of the portal server, by name. An area adds its own file here and spreads
 * it in below; the server, the client, the OpenAPI document and the role test all read this one object.
 */
export const routes = {
  ...staffRoutes,
  ...adminRoutes,
  ...accountRoutes,
  ...customerRoutes,
  ...portalRoutes,
  ...kbRoutes,
  ...helpdeskRoutes,
  ...weborderRoutes,
  ...importRoutes,
  ...portalLookRoutes,
  ...portalTextRoutes,
};

export type Routes = typeof routes;
export type RouteName = keyof Routes;
