import { describe, expect, it } from 'vitest';
import { ResultsGate, searchTerm } from '../../renderer/src/components/freshResults';

/** A gate over rows identified by number, recording what it did. */
function gate(enterOpensFirst = false) {
  const done: string[] = [];
  const wanted: (() => boolean)[] = [];
  const g = new ResultsGate<number>(
    () => ({
      focusFirst: (id, stillWanted) => {
        done.push(`focus ${id}`);
        wanted.push(stillWanted);
      },
      open: (id) => done.push(`open ${id}`),
      release: () => done.push('release'),
    }),
    enterOpensFirst,
  );
  return { g, done, wanted };
}

describe('ResultsGate: keys act only on rows that answer the term as typed', () => {
  it('keeps ArrowDown + Enter pressed on stale rows and opens the first fresh row', () => {
    const { g, done } = gate();
    g.settle(true, 1); // rows of an older term, fresh for it
    g.typed(); // the field changed: they are stale now
    g.arrowDown();
    expect(g.enter()).toBe(true);
    g.settle(false, 1); // a render before the answer: still the old rows
    expect(done).toEqual(['release']);
    g.settle(true, 42);
    expect(done).toEqual(['release', 'open 42']);
    // Carried out once only.
    g.settle(true, 42);
    expect(done).toEqual(['release', 'open 42']);
  });

  it('moves into fresh rows at once; an Enter that beats the focus opens that first row', () => {
    const { g, done } = gate();
    g.settle(true, 7);
    g.arrowDown();
    expect(g.enter()).toBe(true);
    expect(done).toEqual(['focus 7', 'open 7']);
  });

  it('leaves a lone Enter alone unless the screen opens the first row on Enter', () => {
    const plain = gate();
    plain.g.settle(true, 3);
    expect(plain.g.enter()).toBe(false);
    expect(plain.done).toEqual([]);
    const klanten = gate(true);
    klanten.g.typed();
    expect(klanten.g.enter()).toBe(true);
    klanten.g.settle(true, 9);
    expect(klanten.done).toEqual(['release', 'open 9']);
  });

  it('forgets waiting keys when the field changes or loses focus, and drops a focus move made stale', () => {
    const { g, done, wanted } = gate();
    g.typed();
    g.arrowDown();
    g.typed(); // more typing after the arrow: that arrow was for the previous term
    g.settle(true, 5);
    expect(done).toEqual(['release', 'release']);
    g.typed();
    g.arrowDown();
    g.left();
    g.settle(true, 6);
    expect(done).toEqual(['release', 'release', 'release']);
    g.arrowDown();
    expect(wanted[0]?.()).toBe(true);
    g.typed();
    expect(wanted[0]?.()).toBe(false);
  });

  it('ignores clicks and Enter on stale rows', () => {
    const { g, done } = gate();
    g.settle(true, 1);
    g.openRow(2);
    g.typed();
    g.openRow(3);
    expect(done).toEqual(['open 2', 'release']);
  });

  it('normalises a term the same way on both sides', () => {
    expect(searchTerm('  HM-000123 ')).toBe('HM-000123');
  });
});
