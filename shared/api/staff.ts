import { z } from 'zod';
import { IsoDateTime } from './common';

export const staffRoles = ['kcc', 'kcc-admin', 'admin', 'helpdesk'] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

export const Staff = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(StaffRole),
});
export type Staff = z.infer<typeof Staff>;

/** GET /staff/me/address: the workstation's address as the server sees it (for the Network screen's lock-out warning). */
export const StaffAddress = z.object({ address: z.string(), loopback: z.boolean() });
export type StaffAddress = z.infer<typeof StaffAddress>;

export const SignInRequest = z.object({
  username: z.string().trim().min(1, 'Gebruikersnaam is verplicht').max(100),
  password: z.string().min(1, 'Wachtwoord is verplicht').max(200),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SignInResponse = z.object({
  token: z.string(),
  expiresAt: IsoDateTime,
  staff: Staff,
});
export type SignInResponse = z.infer<typeof SignInResponse>;

/** Demo staff accounts, listed on the sign-in screen only when the server runs in demo mode. */
export const DemoInfo = z.object({
  demo: z.boolean(),
  accounts: z.array(z.object({ username: z.string(), password: z.string(), roles: z.array(StaffRole), displayName: z.string() })),
});
export type DemoInfo = z.infer<typeof DemoInfo>;

export const ServerInfo = z.object({
  name: z.literal('kcc-portal-server'),
  version: z.string(),
  demo: z.boolean(),
  time: IsoDateTime,
});
export type ServerInfo = z.infer<typeof ServerInfo>;
