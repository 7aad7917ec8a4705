import type { FastifyInstance } from 'fastify';
import { accountRequestRoutes } from './accountRequests';
import { accountRoutes } from './accounts';
import { activationCodeRoutes } from './activationCodes';
import { auditRoutes } from './audit';
import { auditExportRoutes } from './auditExport';
import { customerRoutes } from './customers';
import { customerOnBehalfRoutes } from './customersOnBehalf';
import { customerPortalRoutes } from './customersPortal';
import { infoRoutes } from './info';
import { ipRangeRoutes } from './ipRanges';
import { lookAlongRoutes } from './lookAlong';
import { portalRoutes } from './portal';
import { settingsRoutes } from './settings';
import { staffSelfRoutes, staffSignInRoutes } from './staffSessions';

type RouteModule = (app: FastifyInstance) => Promise<void>;

/**
 * One list per scope; a feature adds its module here. Public routes need no staff session (info, sign-in,
 * the resident portal's own calls); staff routes get the guard (session, role, IP range) on every call.
 */
export const publicRouteModules: RouteModule[] = [infoRoutes, staffSignInRoutes];
publicRouteModules.push(portalRoutes);
publicRouteModules.push(customerPortalRoutes);

export const staffRouteModules: RouteModule[] = [staffSelfRoutes, settingsRoutes, ipRangeRoutes, auditRoutes];
staffRouteModules.push(accountRoutes, accountRequestRoutes);
staffRouteModules.push(customerRoutes, customerOnBehalfRoutes, lookAlongRoutes, activationCodeRoutes);
staffRouteModules.push(auditExportRoutes);
