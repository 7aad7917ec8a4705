import { isTrustedSender, type SenderLike } from '../guards/trustedSender';
import { ipcPayloads, validatePayload, type InvokeChannel, type IpcArgs } from './payloads';

/** One handler per invoke channel; receives the already validated arguments. */
export type IpcHandlers = {
  [C in InvokeChannel]: (args: IpcArgs<C>, event: SenderLike) => unknown;
};

/** The slice of Electron's ipcMain this needs (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderLike, ...args: unknown[]) => unknown): void;
}

export class IpcRejected extends Error {}

/**
 * Wraps a handler in the two checks every call must pass: the sender is our app://kcc renderer,
 * and the arguments match the channel's schema. Failures reject the invoke with a short message.
 */
export function guardHandler<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandlers[C],
): (event: SenderLike, ...args: unknown[]) => Promise<unknown> {
  return async (event, ...args) => {
    if (!isTrustedSender(event)) throw new IpcRejected(`Geweigerd: ${channel} vanaf een onbekende pagina`);
    const check = validatePayload(channel, args);
    if (!check.ok) throw new IpcRejected(check.error);
    return handler(check.args, event);
  };
}

export function registerIpcHandlers(ipc: IpcMainLike, handlers: IpcHandlers): void {
  for (const channel of Object.keys(ipcPayloads) as InvokeChannel[]) {
    ipc.handle(channel, guardHandler(channel, handlers[channel] as IpcHandlers[typeof channel]));
  }
}
