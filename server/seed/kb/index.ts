import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { seedDetails } from './details';
import { moreQuestions } from './moreQuestions';
import { seedTopics } from './topics';

const pad = (n: number) => String(n).padStart(5, '0');

/** A default answer for questions without their own: the portal shows at least where to turn. */
const defaultAnswer = (description: string) =>
  `Op deze vraag geeft ons **Klant Contact Centrum** graag antwoord. Zoekt u meer over *${description.replace(/[*_[\]<>()]/g, '')}*? Kijk dan bij [Vragen?](/vragen) of bel ons.`;

/**
 * The demo knowledge base (about 40 topics, 400 questions), independent of the household count and the PRNG
 * seed: the same every time. Skipped when the knowledge base already holds topics. Codes KBO-/KBK-nnnnn in
 * order; the counters continue after them.
 */
export async function seedKnowledgeBase(db: Kysely<DB>): Promise<{ topics: number; questions: number }> {
  if (await db.selectFrom('kb_topics').select('id').limit(1).executeTakeFirst()) return { topics: 0, questions: 0 };
  return db.transaction().execute(async (trx) => {
    let question = 0;
    for (const [ti, topic] of seedTopics.entries()) {
      const row = await trx
        .insertInto('kb_topics')
        .values({ code: `KBO-${pad(ti + 1)}`, description: topic.description, keywords: JSON.stringify(topic.keywords), sort_order: ti + 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      const values = [...topic.questions, ...(moreQuestions[topic.description] ?? [])].map((raw, qi) => {
        const internalOnly = raw.startsWith('!');
        const description = internalOnly ? raw.slice(1) : raw;
        const detail = seedDetails[description];
        question += 1;
        return {
          topic_id: row.id,
          code: `KBK-${pad(question)}`,
          description,
          keywords: JSON.stringify(detail?.keywords ?? []),
          internal: 1,
          portal: internalOnly ? 0 : 1,
          // Every third portal question is also published on the public website.
          external: !internalOnly && qi % 3 === 0 ? 1 : 0,
          answer: detail?.answer ?? defaultAnswer(description),
          follow_ups: JSON.stringify(detail?.followUps ?? []),
          advice: detail?.advice ? JSON.stringify(detail.advice) : null,
          sort_order: qi + 1,
        };
      });
      await trx.insertInto('kb_questions').values(values).execute();
    }
    await trx.updateTable('kb_codes').set({ last: seedTopics.length }).where('kind', '=', 'topic').execute();
    await trx.updateTable('kb_codes').set({ last: question }).where('kind', '=', 'question').execute();
    return { topics: seedTopics.length, questions: question };
  });
}
