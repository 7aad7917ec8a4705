import { z } from 'zod';
import { portalFunctionKeys } from '../domain/portalFunctions';
import { IsoDateTime, Version } from './common';

/*
 * Customer groups (catalogue H2, seed 002): a group gives its members rights at once, as the portal functions
 * (the keys of shared/domain/portalFunctions.ts) they may use. Only new customers are put in a group, by the
 * import wizard.
 */

const Right = z.string().refine((k) => portalFunctionKeys.includes(k), { message: 'Onbekende portaalfunctie' });
const Rights = z.array(Right).max(100).transform((r) => [...new Set(r)]);
const Name = z.string().trim().min(1, 'Vul een naam in').max(80, 'Een naam heeft hoogstens 80 tekens');
const Description = z.string().trim().max(500, 'Een omschrijving heeft hoogstens 500 tekens');

export const CustomerGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  rights: z.array(z.string()),
  members: z.number().int(),
  createdAt: IsoDateTime,
  version: Version,
});
export type CustomerGroup = z.infer<typeof CustomerGroup>;

export const CreateGroup = z.object({ name: Name, description: Description.default(''), rights: Rights.default([]) });
export type CreateGroup = z.input<typeof CreateGroup>;
export const UpdateGroup = z.object({ name: Name.optional(), description: Description.optional(), rights: Rights.optional(), version: Version });
export type UpdateGroup = z.input<typeof UpdateGroup>;

export const GroupMember = z.object({ customerNumber: z.string(), name: z.string(), city: z.string(), addedAt: IsoDateTime });
export type GroupMember = z.infer<typeof GroupMember>;
export const GroupRef = z.object({ id: z.number().int(), name: z.string(), rights: z.array(z.string()) });
