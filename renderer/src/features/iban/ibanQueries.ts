import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IbanChangeQuery } from '../../../../shared/api/iban';
import { api } from '../../app/api';

/** Query keys of the area; the live events invalidate `ibanKeys.all` (see renderer/src/live). */
export const ibanKeys = {
  all: ['iban'] as const,
  list: (q: Partial<IbanChangeQuery>) => ['iban', 'list', q] as const,
  one: (id: number) => ['iban', 'one', id] as const,
  proof: (id: number) => ['iban', 'proof', id] as const,
  partyBank: (partyId: number) => ['iban', 'party-bank', partyId] as const,
};

export function useIbanChanges(q: Partial<IbanChangeQuery>) {
  return useQuery({ queryKey: ibanKeys.list(q), queryFn: ({ signal }) => api.call('ibanChanges.list', { query: q }, { signal }), placeholderData: keepPreviousData });
}

export function useIbanChange(id: number | null) {
  return useQuery({ queryKey: ibanKeys.one(id ?? 0), queryFn: ({ signal }) => api.call('ibanChanges.get', { params: { id: id ?? 0 } }, { signal }), enabled: id !== null });
}

/** The proof as an object URL (revoked by the caller when it goes), with its type. */
export function useProof(id: number, contentType: string | null) {
  return useQuery({
    queryKey: ibanKeys.proof(id),
    enabled: contentType !== null,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async ({ signal }) => {
      const bytes = await api.call('ibanChanges.proof', { params: { id } }, { signal });
      return new Blob([bytes], { type: contentType ?? 'application/octet-stream' });
    },
  });
}

export function usePartyBank(partyId: number | null) {
  return useQuery({
    queryKey: ibanKeys.partyBank(partyId ?? 0),
    enabled: partyId !== null,
    queryFn: ({ signal }) => api.call('ibanChanges.partyBank', { query: { party: 'partner', partyId: partyId ?? 0 } }, { signal }),
  });
}
