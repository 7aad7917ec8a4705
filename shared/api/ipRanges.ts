import { z } from 'zod';
import { isValidCidrOrAddress } from '../domain/cidr';
import { Version } from './common';

export const IpRange = z.object({
  id: z.number().int(),
  cidr: z.string(),
  admin: z.boolean(),
  kcc: z.boolean(),
  description: z.string(),
  version: Version,
});
export type IpRange = z.infer<typeof IpRange>;

const Cidr = z
  .string()
  .trim()
  .refine(isValidCidrOrAddress, 'Geen geldig IPv4/IPv6-adres of CIDR-bereik (bijv. 10.0.0.0/8 of 2001:db8::/32)');

export const CreateIpRange = z
  .object({ cidr: Cidr, admin: z.boolean(), kcc: z.boolean(), description: z.string().trim().max(200).default('') })
  .refine((r) => r.admin || r.kcc, { message: 'Kies minstens één: beheerders of KCC-medewerkers', path: ['admin'] });
export type CreateIpRange = z.infer<typeof CreateIpRange>;

export const UpdateIpRange = z.object({
  cidr: Cidr.optional(),
  admin: z.boolean().optional(),
  kcc: z.boolean().optional(),
  description: z.string().trim().max(200).optional(),
  version: Version,
});
export type UpdateIpRange = z.infer<typeof UpdateIpRange>;
