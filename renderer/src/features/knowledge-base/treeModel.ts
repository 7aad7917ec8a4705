import type { Question, Topic } from '../../../../shared/api/kb';
import { foldText } from '../../../../shared/domain/kbSearch';

/** One visible row of the tree: a topic, or a question under an expanded topic. */
export type TreeRow =
  | { kind: 'topic'; id: string; topic: Topic; questions: Question[]; expanded: boolean; first: boolean; last: boolean }
  | { kind: 'question'; id: string; question: Question; topic: Topic; first: boolean; last: boolean };

const matches = (filter: string, ...texts: string[]) => texts.some((t) => foldText(t).includes(filter));

/**
 * The rows to show: topics in order, each followed by its questions when expanded. With a filter, a topic
 * shows when it or one of its questions matches (then expanded, showing the matching questions only).
 */
export function visibleRows(topics: readonly Topic[], questions: readonly Question[], expanded: ReadonlySet<string>, rawFilter: string): TreeRow[] {
  const filter = foldText(rawFilter.trim());
  const byTopic = new Map<string, Question[]>();
  for (const q of questions) {
    const list = byTopic.get(q.topicCode) ?? [];
    list.push(q);
    byTopic.set(q.topicCode, list);
  }
  const rows: TreeRow[] = [];
  topics.forEach((topic, ti) => {
    const all = (byTopic.get(topic.code) ?? []).sort((a, b) => a.order - b.order);
    const topicHit = filter === '' || matches(filter, topic.description, topic.code, ...topic.keywords);
    const shown = filter === '' || topicHit ? all : all.filter((q) => matches(filter, q.description, q.code, ...q.keywords));
    if (filter !== '' && !topicHit && shown.length === 0) return;
    const open = expanded.has(topic.code) || (filter !== '' && !topicHit);
    rows.push({ kind: 'topic', id: topic.code, topic, questions: all, expanded: open, first: ti === 0, last: ti === topics.length - 1 });
    if (!open) return;
    shown.forEach((question) => {
      const index = all.indexOf(question);
      rows.push({ kind: 'question', id: question.code, question, topic, first: index === 0, last: index === all.length - 1 });
    });
  });
  return rows;
}
