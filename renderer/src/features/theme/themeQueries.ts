import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const themeKeys = {
  theme: ['theme'] as const,
  history: ['theme', 'history'] as const,
};

export const fetchTheme = () => api.call('theme.get');

export function useTheme() {
  return useQuery({ queryKey: themeKeys.theme, queryFn: fetchTheme, staleTime: 0 });
}

export function useStylesheetHistory() {
  return useQuery({ queryKey: themeKeys.history, queryFn: async () => (await api.call('theme.history')).items, staleTime: 0 });
}
