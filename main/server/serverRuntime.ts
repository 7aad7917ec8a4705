import type { Profile, ServerStatus } from '../../shared/bridge';
import { serverOrigin } from '../guards/csp';
import { remoteStatus, type EmbeddedServer } from './embeddedServer';

/**
 * The server behind the active profile: the embedded one (started on demand, stopped when a remote
 * profile becomes active) or a remote URL. Reports every status change.
 */
export class ServerRuntime {
  private embedded: EmbeddedServer | null = null;
  private current: ServerStatus = { state: 'stopped', url: null };

  constructor(
    private readonly makeEmbedded: (onStatus: (status: ServerStatus) => void) => EmbeddedServer,
    private readonly onStatus: (status: ServerStatus) => void,
  ) {}

  status(): ServerStatus {
    return this.current;
  }

  async apply(profile: Profile): Promise<void> {
    if (profile.kind === 'embedded') {
      if (this.embedded) return;
      // Only the current embedded server may report; a stopped one's last words are ignored.
      const embedded: EmbeddedServer = this.makeEmbedded((status) => {
        if (this.embedded === embedded) this.emit(status);
      });
      this.embedded = embedded;
      embedded.start();
      return;
    }
    await this.stopEmbedded();
    this.emit(remoteStatus(profile));
  }

  async stop(): Promise<void> {
    await this.stopEmbedded();
  }

  private async stopEmbedded(): Promise<void> {
    const embedded = this.embedded;
    this.embedded = null;
    if (embedded) await embedded.stop();
  }

  private emit(status: ServerStatus): void {
    this.current = status;
    this.onStatus(status);
  }
}

/**
 * The renderer's CSP was fixed when its page was served. When the server origin changes (embedded
 * server became ready, another profile chosen), the page must be reloaded to get the new connect-src.
 */
export function needsReloadForCsp(servedWithOrigin: string | null, status: ServerStatus): boolean {
  if (status.state !== 'running' && status.state !== 'remote') return false;
  const origin = serverOrigin(status.url);
  return origin !== null && origin !== servedWithOrigin;
}
