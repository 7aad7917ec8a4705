import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const functionalityKeys = {
  tree: ['functionalities', 'tree'] as const,
  options: ['functionalities', 'options'] as const,
  roles: ['functionalities', 'roles'] as const,
};

export const fetchOptions = () => api.call('functionalities.options');

export function useFunctionalityTree() {
  return useQuery({ queryKey: functionalityKeys.tree, queryFn: () => api.call('functionalities.list'), staleTime: 0 });
}
export function useFunctionalityOptions() {
  return useQuery({ queryKey: functionalityKeys.options, queryFn: fetchOptions, staleTime: 0 });
}
export function usePortalRoles() {
  return useQuery({ queryKey: functionalityKeys.roles, queryFn: () => api.call('portalRoles.list'), staleTime: 0 });
}
