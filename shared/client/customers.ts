import { z } from 'zod';
import {
  ActivationCode,
  ActivationLetterRequested,
  Contact,
  CustomerOverview,
  CustomerSearchResult,
  LetterJob,
  LetterJobAccepted,
  LOOK_ALONG_HEADER,
  LookAlongSession,
  LookAlongStarted,
  Person,
  PortalLink,
  type PersonInput,
  type UpdateCorrespondenceAddress,
  type UpdateEmail,
  type UpdatePerson,
  type UpdatePhone,
} from '../api/customers';
import type { Requester } from './http';

/** The bulk letters PDF comes as raw bytes. */
const Bytes = z.instanceof(ArrayBuffer);

const enc = encodeURIComponent;

/** Changes on the customer's behalf carry the look-along session (server checks staff + customer + expiry). */
function onBehalf(sessionId: string) {
  return { [LOOK_ALONG_HEADER]: sessionId };
}

function optionalSession(sessionId: string | null): Record<string, string> {
  return sessionId ? onBehalf(sessionId) : {};
}

/** Customers, look-along and acting on behalf (catalogue C1–C5, B8). `signal` cancels a stale lookup. */
export function customersApi(request: Requester) {
  return {
    search: (q: string, limit = 25, signal?: AbortSignal) => request('GET', '/customers', CustomerSearchResult, { query: { q, limit }, signal }),
    overview: (nr: string, signal?: AbortSignal) => request('GET', `/customers/${enc(nr)}/overview`, CustomerOverview, { signal }),
    lookAlong: {
      start: (nr: string) => request('POST', `/customers/${enc(nr)}/look-along`, LookAlongStarted, { body: {} }),
      get: (sessionId: string, signal?: AbortSignal) => request('GET', `/look-along/${enc(sessionId)}`, LookAlongSession, { signal }),
      stop: (sessionId: string) => request('DELETE', `/look-along/${enc(sessionId)}`, null),
    },
    onBehalf: {
      phone: (nr: string, sessionId: string, body: UpdatePhone) =>
        request('PUT', `/customers/${enc(nr)}/phone`, Contact, { body, headers: onBehalf(sessionId) }),
      email: (nr: string, sessionId: string, body: UpdateEmail) =>
        request('PUT', `/customers/${enc(nr)}/email`, Contact, { body, headers: onBehalf(sessionId) }),
      address: (nr: string, sessionId: string, body: UpdateCorrespondenceAddress) =>
        request('PUT', `/customers/${enc(nr)}/correspondence-address`, Contact, { body, headers: onBehalf(sessionId) }),
      addPerson: (nr: string, sessionId: string, body: PersonInput) =>
        request('POST', `/customers/${enc(nr)}/persons`, Person, { body, headers: onBehalf(sessionId) }),
      updatePerson: (nr: string, sessionId: string, id: number, body: UpdatePerson) =>
        request('PUT', `/customers/${enc(nr)}/persons/${id}`, Person, { body, headers: onBehalf(sessionId) }),
      removePerson: (nr: string, sessionId: string, id: number, version: number) =>
        request('DELETE', `/customers/${enc(nr)}/persons/${id}`, null, { query: { version }, headers: onBehalf(sessionId) }),
    },
    /** `sessionId` (optional): inside a look-along session the audit entry records it. */
    activation: {
      get: (nr: string, sessionId: string | null, signal?: AbortSignal) =>
        request('GET', `/customers/${enc(nr)}/activation-code`, ActivationCode, { signal, headers: optionalSession(sessionId) }),
      regenerate: (nr: string, sessionId: string | null) =>
        request('POST', `/customers/${enc(nr)}/activation-code`, ActivationCode, { body: {}, headers: optionalSession(sessionId) }),
      requestLetter: (nr: string, sessionId: string | null) =>
        request('POST', `/customers/${enc(nr)}/activation-letter-requests`, ActivationLetterRequested, { body: {}, headers: optionalSession(sessionId) }),
    },
    letters: {
      start: () => request('POST', '/activation-letters', LetterJobAccepted, { body: { onlyWithoutAccount: true } }),
      status: (jobId: string, signal?: AbortSignal) => request('GET', `/activation-letters/${enc(jobId)}`, LetterJob, { signal }),
      pdf: (jobId: string) => request('GET', `/activation-letters/${enc(jobId)}/pdf`, Bytes, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } }),
    },
    /** Needs a live look-along session with this customer. */
    portalLink: (nr: string, sessionId: string) => request('POST', `/customers/${enc(nr)}/portal-link`, PortalLink, { body: {}, headers: onBehalf(sessionId) }),
  };
}
