import { z } from 'zod';

/** The schema of a form without fields (a confirmation that still goes through useServerForm's error handling). */
export const noFields = z.object({});
export const noValues: z.input<typeof noFields> = {};
