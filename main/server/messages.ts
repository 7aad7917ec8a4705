import { z } from 'zod';

/** The embedded server listens on loopback only; a ready URL pointing anywhere else is not believed. */
const LoopbackUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.port !== '';
  } catch {
    return false;
  }
});

/** What server/embedded.ts reports to its parent. */
export const ServerMessage = z.discriminatedUnion('type', [
  // demo/notice: whether demo mode is on, and why not when the data folder was not made by the demo.
  z.object({ type: z.literal('ready'), url: LoopbackUrl, demo: z.boolean().optional(), notice: z.string().max(500).optional() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

export function parseServerMessage(message: unknown): ServerMessage | null {
  const parsed = ServerMessage.safeParse(message);
  return parsed.success ? parsed.data : null;
}
