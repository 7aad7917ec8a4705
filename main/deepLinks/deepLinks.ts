import type { DeepLink } from '../../shared/bridge';
import { parseDeepLink } from '../../shared/domain/deepLink';

/**
 * The deep link in a (second) instance's command line, if any. Windows and Linux pass the kcc://
 * URL as an argument; only the first kcc: argument counts, and it must parse.
 */
export function deepLinkFromArgv(argv: readonly string[]): DeepLink | null {
  const candidate = argv.find((arg) => /^kcc:/i.test(arg));
  return candidate ? parseDeepLink(candidate) : null;
}

/** Holds links until the renderer has loaded, then delivers them in order. */
export class DeepLinkQueue {
  private pending: DeepLink[] = [];
  private deliver: ((link: DeepLink) => void) | null = null;

  push(link: DeepLink): void {
    if (this.deliver) this.deliver(link);
    else if (this.pending.length < 10) this.pending.push(link);
  }

  /** The renderer is ready: flush what waited, and send later links straight away. */
  ready(deliver: (link: DeepLink) => void): void {
    this.deliver = deliver;
    for (const link of this.pending.splice(0)) deliver(link);
  }

  /** The renderer is gone or reloading: queue again. */
  notReady(): void {
    this.deliver = null;
  }
}
