import { describe, expect, it } from 'vitest';
import { findTermRange, KB_QUESTION_LIMIT, normalizeTerm, searchKb, type KbSearchQuestion, type KbSearchTopic } from '../../../shared/domain/kbSearch';

const topics: KbSearchTopic[] = [
  { code: 'KBO-00001', description: 'Huurachterstand', keywords: ['schuld', 'aanmaning'] },
  { code: 'KBO-00002', description: 'Reparaties', keywords: ['onderhoud', 'kapot'] },
  { code: 'KBO-00003', description: 'Woningruil', keywords: [] },
  { code: 'KBO-00004', description: 'Afval', keywords: ['container'] },
  { code: 'KBO-00005', description: 'Énergie', keywords: [] },
];
let n = 0;
const q = (topicCode: string, description: string, portal = true, keywords: string[] = []): KbSearchQuestion => ({
  code: `KBK-${String(++n).padStart(5, '0')}`,
  topicCode,
  description,
  keywords,
  portal,
  order: n,
});
const questions: KbSearchQuestion[] = [
  q('KBO-00001', 'Ik heb een huurachterstand. Wat nu?'),
  q('KBO-00001', 'Betalingsregeling afsluiten', true, ['regeling', 'huur']),
  q('KBO-00001', 'Ontruimingsprocedure starten', false, ['huur']),
  q('KBO-00002', 'Mijn cv-ketel doet het niet'),
  q('KBO-00002', 'Lekkage in de badkamer', true, ['water']),
  q('KBO-00002', 'Spoedreparatie inplannen', false),
  q('KBO-00003', 'Mag ik mijn woning ruilen?'),
  q('KBO-00004', 'De container is vol', false),
  q('KBO-00005', 'Wordt mijn woning geïsoleerd?'),
];

type Row = [term: string, topics: [string, number][], leftOutQuestions: number, leftOutTopics: string[]];
// Term → the topics the portal lists (alphabetically, with "n items gevonden") and what it leaves out.
const table: Row[] = [
  ['huur', [['Huurachterstand', 2]], 1, []], // topic text + question text + keyword; the internal one left out
  ['HUUR', [['Huurachterstand', 2]], 1, []], // case does not matter
  ['schuld', [['Huurachterstand', 0]], 0, []], // topic keyword only: listed with 0 items
  ['regeling', [['Huurachterstand', 1]], 0, []], // question text and keyword: counted once
  ['water', [['Reparaties', 1]], 0, []], // question keyword only
  ['kapot', [['Reparaties', 0]], 0, []],
  ['spoed', [], 1, ['Reparaties']], // internal-only question: the portal finds nothing, the preview says so
  ['ontruiming', [], 1, ['Huurachterstand']],
  ['container', [['Afval', 0]], 1, []], // the topic matches on its keyword; its question is internal
  ['woning', [['Énergie', 1], ['Woningruil', 1]], 0, []], // alphabetical, accents ignored in the order
  ['geisoleerd', [['Énergie', 1]], 0, []], // accents ignored in the match
  ['energie', [['Énergie', 0]], 0, []],
  ['cv-ketel', [['Reparaties', 1]], 0, []],
  ['ik h', [['Huurachterstand', 1]], 0, []], // a space is part of the term
  ['zz', [], 0, []], // shorter than 3: nothing
  ['  ', [], 0, []],
  ['onbekend', [], 0, []],
];

describe('the portal search rules (seed 001 §2.4)', () => {
  it.each(table)('%s', (term, expected, leftOutQuestions, leftOutTopics) => {
    const r = searchKb(topics, questions, term);
    expect(r.topics.map((t) => [t.description, t.matches])).toEqual(expected);
    expect(r.questionTotal).toBe(expected.reduce((s, [, c]) => s + c, 0));
    expect(r.questions).toHaveLength(r.questionTotal);
    expect(r.leftOut.questions).toBe(leftOutQuestions);
    expect(r.leftOut.topics.map((t) => t.description)).toEqual(leftOutTopics);
  });

  it('never lists a question that is not flagged for the portal', () => {
    for (const [term] of table) {
      const listed = searchKb(topics, questions, term).questions.map((x) => x.code);
      expect(listed.filter((c) => questions.find((x) => x.code === c)?.portal === false)).toEqual([]);
    }
  });

  it('lists questions topic by topic in order, at most the limit, while counting all', () => {
    const many = Array.from({ length: KB_QUESTION_LIMIT + 50 }, (_, i) => ({ ...q('KBO-00003', `Ruilvraag ${i}`), order: KB_QUESTION_LIMIT + 50 - i }));
    const r = searchKb(topics, many, 'ruilvraag');
    expect(r.topics).toEqual([{ code: 'KBO-00003', description: 'Woningruil', matches: KB_QUESTION_LIMIT + 50 }]);
    expect(r.questionTotal).toBe(KB_QUESTION_LIMIT + 50);
    expect(r.questions).toHaveLength(KB_QUESTION_LIMIT);
    expect(r.questions[0]?.description).toBe(`Ruilvraag ${KB_QUESTION_LIMIT + 49}`);
  });

  it('does not let a term span two keywords', () => {
    expect(searchKb([{ code: 'KBO-00009', description: 'X', keywords: ['ab', 'cd'] }], [], 'abcd').topics).toEqual([]);
  });

  it('normalises the term and finds the matched part for a snippet in the original text', () => {
    expect(normalizeTerm('  Huur   Betalen ')).toBe('huur betalen');
    expect(normalizeTerm('ab')).toBeNull();
    expect(findTermRange('Wordt mijn woning geïsoleerd?', 'GEISOL')).toEqual([18, 24]);
    expect(findTermRange('Huurachterstand', 'achter')).toEqual([4, 10]);
    expect(findTermRange('Huurachterstand', 'voor')).toBeNull();
  });
});
