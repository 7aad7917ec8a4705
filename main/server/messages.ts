import { z } from 'zod';

/** What server/embedded.ts reports to its parent. */
export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string().url() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

export function parseServerMessage(message: unknown): ServerMessage | null {
  const parsed = ServerMessage.safeParse(message);
  return parsed.success ? parsed.data : null;
}
