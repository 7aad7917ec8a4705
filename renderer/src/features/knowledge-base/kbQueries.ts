import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

export const kbKeys = {
  all: ['kb'] as const,
  topics: ['kb', 'topics'] as const,
  questions: ['kb', 'questions'] as const,
  search: (q: string) => ['kb', 'search', q] as const,
  dataAnswers: (code: string, customerNumber: string, lang: 'nl' | 'en') => ['kb', 'dataAnswers', code, customerNumber, lang] as const,
};

export const fetchTopics = async () => (await api.call('kb.topics')).items;
export const fetchQuestions = async () => (await api.call('kb.questions')).items;

export function useTopics() {
  return useQuery({ queryKey: kbKeys.topics, queryFn: fetchTopics, staleTime: 0 });
}

/** Every question (a knowledge base holds hundreds, not millions): the tree, its counts and its filter work on these. */
export function useQuestions() {
  return useQuery({ queryKey: kbKeys.questions, queryFn: fetchQuestions, staleTime: 0 });
}

/** What the portal would fill in for this caller (only once a customer number is entered). */
export function useDataAnswers(code: string, customerNumber: string, lang: 'nl' | 'en') {
  return useQuery({
    queryKey: kbKeys.dataAnswers(code, customerNumber, lang),
    queryFn: async () => api.call('kb.dataAnswers', { params: { code }, query: { customerNumber, lang } }),
    enabled: customerNumber !== '',
    retry: false,
  });
}

/** After any change: the tree, its counts and any search preview are stale. */
export function refreshKb(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: kbKeys.all });
}
