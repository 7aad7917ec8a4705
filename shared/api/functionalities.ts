import { z } from 'zod';
import { IsoDateTime, Version } from './common';

/** One portal function with what is under it; `effective` is false when it or any parent is off. */
export interface FunctionalityNode {
  key: string;
  name: string;
  nameEn: string;
  menu: string | null;
  enabled: boolean;
  effective: boolean;
  version: number;
  /** Off only because a parent is off (shown as such, never silently). */
  offByParent: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  children: FunctionalityNode[];
}

export const FunctionalityNode: z.ZodType<FunctionalityNode> = z.lazy(() =>
  z.object({
    key: z.string(),
    name: z.string(),
    nameEn: z.string(),
    menu: z.string().nullable(),
    enabled: z.boolean(),
    effective: z.boolean(),
    version: Version,
    offByParent: z.string().nullable(),
    updatedAt: IsoDateTime.nullable(),
    updatedBy: z.string().nullable(),
    children: z.array(FunctionalityNode),
  }),
);

export const FunctionalityKeyParam = z.object({ key: z.string().max(60) });
export const UpdateFunctionality = z.object({ enabled: z.boolean(), version: Version });

export const INTERESTING_TOPICS_RANGE = { min: 0, max: 10 } as const;

/** The other switches of the tab (seed §4.1): topics on the home page, and acceptgiro as a payment method. */
export const FunctionalityOptions = z.object({
  interestingTopics: z.number().int(),
  acceptgiroAllowed: z.boolean(),
  version: Version,
});
export type FunctionalityOptions = z.infer<typeof FunctionalityOptions>;

export const UpdateFunctionalityOptions = z.object({
  interestingTopics: z
    .number()
    .int('Aantal interessante onderwerpen moet een heel getal zijn')
    .min(INTERESTING_TOPICS_RANGE.min, `Aantal interessante onderwerpen moet tussen ${INTERESTING_TOPICS_RANGE.min} en ${INTERESTING_TOPICS_RANGE.max} liggen`)
    .max(INTERESTING_TOPICS_RANGE.max, `Aantal interessante onderwerpen moet tussen ${INTERESTING_TOPICS_RANGE.min} en ${INTERESTING_TOPICS_RANGE.max} liggen`),
  acceptgiroAllowed: z.boolean(),
  version: Version,
});
export type UpdateFunctionalityOptions = z.infer<typeof UpdateFunctionalityOptions>;

/** What the portal asks: the keys that are effectively on, the home page's top 5 and the two options. */
export const PortalFunctionalities = z.object({
  keys: z.array(z.string()),
  homeTop5: z.array(z.object({ key: z.string(), name: z.string() })),
  interestingTopics: z.number().int(),
  acceptgiroAllowed: z.boolean(),
});
export type PortalFunctionalities = z.infer<typeof PortalFunctionalities>;

export const PortalRole = z.object({
  code: z.string(),
  name: z.string(),
  showInPortal: z.boolean(),
  useInPortal: z.boolean(),
  isContractHolder: z.boolean(),
  version: Version,
});
export type PortalRole = z.infer<typeof PortalRole>;

export const RoleCodeParam = z.object({ code: z.string().max(40) });
export const UpdatePortalRole = z
  .object({ showInPortal: z.boolean().optional(), useInPortal: z.boolean().optional(), version: Version })
  // A role that may be used (added, changed) in the portal but not shown there makes no sense.
  .refine((b) => !(b.useInPortal === true && b.showInPortal === false), {
    message: 'Een rol die in het portaal gebruikt wordt, moet er ook getoond worden',
    path: ['useInPortal'],
  });
export type UpdatePortalRole = z.infer<typeof UpdatePortalRole>;
