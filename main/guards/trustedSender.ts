import { isAppUrl } from './appUrl';

/** The part of an IPC event we look at (Electron's IpcMainInvokeEvent has it). */
export interface SenderLike {
  senderFrame?: { url: string } | null;
}

/** IPC is accepted only from frames showing our own renderer (app://kcc/…). */
export function isTrustedSender(event: SenderLike): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}
