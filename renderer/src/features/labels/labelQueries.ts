import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LabelLang } from '../../../../shared/api/labels';
import { api } from '../../app/api';

export interface LabelSearch {
  lang: LabelLang;
  pageName: string;
  q: string;
  onlyChanged: boolean;
  page: number;
  pageSize: number;
}

export const labelKeys = {
  all: ['labels'] as const,
  pages: ['labels', 'pages'] as const,
  list: (s: LabelSearch) => ['labels', 'list', s] as const,
  history: (key: string, lang: LabelLang) => ['labels', 'history', key, lang] as const,
};

export function useLabelPages() {
  return useQuery({ queryKey: labelKeys.pages, queryFn: () => api.call('labels.pages'), staleTime: 5 * 60_000 });
}

export function useLabels(s: LabelSearch) {
  return useQuery({
    queryKey: labelKeys.list(s),
    queryFn: ({ signal }) =>
      api.call(
        'labels.list',
        { query: { lang: s.lang, pageName: s.pageName || undefined, q: s.q || undefined, overridden: s.onlyChanged ? 'true' : undefined, page: String(s.page), pageSize: s.pageSize } },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLabelHistory(key: string, lang: LabelLang) {
  return useQuery({ queryKey: labelKeys.history(key, lang), queryFn: async () => (await api.call('labels.history', { params: { key }, query: { lang } })).items });
}
