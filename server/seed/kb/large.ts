import type Database from 'better-sqlite3';
import { rebuildKbSearch, suspendKbSearch } from '../../kb/searchIndex';
import { Rng } from '../random';
import { moreQuestions } from './moreQuestions';
import { seedTopics } from './topics';

/** A word that occurs in about one question in ten thousand: the bench's "rare term". */
export const RARE_WORD = 'zonneboiler';
const PLACES = ['Amersfoort', 'Zwolle', 'Leeuwarden', 'Deventer', 'Almere', 'Tilburg', 'Breda', 'Enschede', 'Assen', 'Hoorn', 'Gouda', 'Venlo', 'Delft', 'Alkmaar', 'Emmen', 'Heerlen'];
const BUILDINGS = ['portiekflat', 'galerijflat', 'eengezinswoning', 'seniorenwoning', 'studio', 'maisonnette', 'benedenwoning', 'bovenwoning'];
const SITUATIONS = ['na de renovatie', 'sinds vorige week', 'in de winter', 'bij harde wind', 'na een verhuizing', 'tijdens de vakantie', 'in het nieuwe complex', 'na de keuring'];

/**
 * A generated knowledge base of `questions` questions over `topics` topics for the search bench: the demo
 * questions with places, dwellings and situations mixed in (so common words stay common), a rare word in one
 * question per 10,000, every eighth question internal-only. Deterministic for a seed. SQLite bulk load
 * (raw statements in one transaction, the index built once at the end); replaces any existing knowledge base.
 */
export function generateLargeKnowledgeBase(db: Database.Database, opts: { topics: number; questions: number; seed?: number }): { topics: number; questions: number } {
  const rng = new Rng(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[rng.u32() % list.length] as T;
  const base = seedTopics.flatMap((t) => [...t.questions, ...(moreQuestions[t.description] ?? [])].map((q) => q.replace(/^!/, '')));
  suspendKbSearch(db);
  try {
    db.transaction(() => {
      db.exec('DELETE FROM kb_questions; DELETE FROM kb_topics;');
      const topic = db.prepare('INSERT INTO kb_topics (id, code, description, keywords, sort_order) VALUES (?, ?, ?, ?, ?)');
      const question = db.prepare(
        'INSERT INTO kb_questions (id, topic_id, portal, sort_order, code, description, keywords, internal, external, answer) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?)',
      );
      for (let t = 1; t <= opts.topics; t++) {
        const seedTopic = seedTopics[(t - 1) % seedTopics.length];
        const round = Math.floor((t - 1) / seedTopics.length);
        const description = round === 0 ? (seedTopic?.description ?? `Onderwerp ${t}`) : `${seedTopic?.description ?? 'Onderwerp'} ${pick(PLACES)} ${round}`;
        topic.run(t, `KBO-${String(t).padStart(5, '0')}`, description, JSON.stringify(seedTopic?.keywords ?? []), t);
      }
      const perTopic = new Map<number, number>();
      for (let i = 1; i <= opts.questions; i++) {
        const topicId = 1 + (rng.u32() % opts.topics);
        const order = (perTopic.get(topicId) ?? 0) + 1;
        perTopic.set(topicId, order);
        let text = `${pick(base).replace(/[?.]$/, '')} (${pick(BUILDINGS)} in ${pick(PLACES)}, ${pick(SITUATIONS)})`;
        if (i % 10_000 === 4_321) text += ` met ${RARE_WORD}`;
        const keywords = rng.u32() % 4 === 0 ? [pick(BUILDINGS), pick(PLACES).toLowerCase()] : [];
        question.run(i, topicId, i % 8 === 0 ? 0 : 1, order, `KBK-${String(i).padStart(5, '0')}`, text, JSON.stringify(keywords), 'Zie het advies.');
      }
      db.prepare("UPDATE kb_codes SET last = ? WHERE kind = 'topic'").run(opts.topics);
      db.prepare("UPDATE kb_codes SET last = ? WHERE kind = 'question'").run(opts.questions);
    })();
  } finally {
    rebuildKbSearch(db);
  }
  db.exec('ANALYZE kb_questions');
  return { topics: opts.topics, questions: opts.questions };
}
