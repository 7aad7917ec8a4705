import { isLoopback } from './cidr';

/** The field name the messages below use, as the profile form labels it. */
export const SERVER_URL_FIELD = 'Serveradres';

/**
 * Whether `hostname` (as `URL.hostname` gives it) is this computer: `localhost`, a name under
 * `.localhost`, or a loopback address (127.0.0.0/8, ::1).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isLoopback(host);
}

/**
 * Why a remote profile's server address is refused, or null when it is fine. Sign-in passwords and
 * session tokens travel to that server, so it must be https; plain http is only allowed for a server
 * on this computer, where nothing crosses the network.
 */
export function serverUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `${SERVER_URL_FIELD}: dit is geen geldig webadres (begin met https://).`;
  }
  if (url.username || url.password) return `${SERVER_URL_FIELD}: zet geen gebruikersnaam of wachtwoord in het adres.`;
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname)
      ? null
      : `${SERVER_URL_FIELD}: gebruik een https://-adres; http:// mag alleen voor een server op deze computer (localhost).`;
  }
  return `${SERVER_URL_FIELD}: alleen https://-adressen zijn toegestaan.`;
}
