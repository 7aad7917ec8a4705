import { accountHandlers } from './accounts';
import { adminHandlers } from './admin';
import { customerHandlers } from './customers';
import { kbHandlers } from './kb';
import { helpdeskHandlers } from './helpdesk';
import { importHandlers } from './imports';
import { portalHandlers } from './portal';
import { portalLookHandlers } from './portalLook';
import { portalTextHandlers } from './portalTexts';
import { staffHandlers } from './staff';
import { weborderHandlers } from './weborders';

/**
 * The handler of every route in the route table (shared/api/routes), one map per table file; the compiler
 * checks each map against its table, and app.ts registers the table with these.
 */
export const handlers = {
  ...staffHandlers,
  ...adminHandlers,
  ...accountHandlers,
  ...customerHandlers,
  ...portalHandlers,
  ...kbHandlers,
  ...helpdeskHandlers,
  ...weborderHandlers,
  ...importHandlers,
  ...portalLookHandlers,
  ...portalTextHandlers,
};
