import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export interface List<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** ISO 8601 UTC timestamp as sent over the wire. */
export const IsoDateTime = z.string().datetime({ offset: true });
export const Version = z.number().int().min(1);
export const IdParam = z.object({ id: z.coerce.number().int().min(1) });
export const CustomerNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^HM-\d{5,6}$/, 'Klantnummer heeft de vorm HM-nnnnnn');
