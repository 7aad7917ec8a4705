import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const networkKeys = {
  ranges: ['network', 'ranges'] as const,
  myAddress: ['network', 'my-address'] as const,
};

export const fetchIpRanges = async () => (await api.call('ipRanges.list')).items;

export function useIpRanges() {
  return useQuery({ queryKey: networkKeys.ranges, queryFn: fetchIpRanges, staleTime: 0 });
}

/** This workstation's address as the server sees it; null while unknown (then the warning says so). */
export function useMyAddress() {
  return useQuery({ queryKey: networkKeys.myAddress, queryFn: ({ signal }) => api.call('staff.myAddress', undefined, { signal }), staleTime: 60_000, retry: 1 });
}
