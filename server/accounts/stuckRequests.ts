import { STUCK_REQUEST_DAYS } from '../../shared/api/attention';

/** Requests made before this moment and still without an account are "stuck" (the list filter and Aandacht agree). */
export const stuckCutoff = (now: Date) => new Date(now.getTime() - STUCK_REQUEST_DAYS * 86_400_000).toISOString();
