import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const groupKeys = {
  all: ['groups'] as const,
  list: ['groups', 'list'] as const,
  members: (id: number, page: number) => ['groups', 'members', id, page] as const,
  ofCustomer: (customerNumber: string) => ['groups', 'customer', customerNumber] as const,
};

export const fetchGroups = async () => (await api.call('groups.list')).items;

export function useGroups() {
  return useQuery({ queryKey: groupKeys.list, queryFn: fetchGroups, staleTime: 0 });
}
