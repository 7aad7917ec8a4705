import { describe, expect, it } from 'vitest';
import { indexCore, trigramPhrase } from '../../../server/db/trigramPhrase';

describe('trigramPhrase: which part of a phrase drives the pg_trgm index', () => {
  it('a single plain word is searched on the key alone (key and document match alike)', () => {
    expect(indexCore('haddou')).toBeNull();
    expect(trigramPhrase('doc', 'haddou')).toEqual({ sql: 'kcc_trgm_key(doc) LIKE kcc_key_contains(?)', params: ['haddou'] });
  });

  it('a short word beside a long one: the long one drives, the whole phrase is checked on the document', () => {
    expect(indexCore('HM-000123')).toBe('000123');
    expect(indexCore('de vries')).toBe('vries');
    expect(indexCore('b.müller-çelik')).toBe('b.müller');
    expect(trigramPhrase('s.doc', 'HM-000123')).toEqual({
      sql: 'kcc_trgm_key(s.doc) LIKE kcc_key_contains(?) AND strpos(s.doc, kcc_fold(?)) > 0',
      params: ['000123', 'HM-000123'],
    });
  });

  it("e-mail punctuation is part of a word: one run, driven by the key, checked on the document", () => {
    expect(indexCore('an.wisn')).toBeNull();
    expect(indexCore('roen_va')).toBeNull();
    expect(indexCore('n@ziggo')).toBeNull();
    expect(trigramPhrase('doc', 'an.wisn')).toEqual({
      sql: 'kcc_trgm_key(doc) LIKE kcc_key_contains(?) AND strpos(doc, kcc_fold(?)) > 0',
      params: ['an.wisn', 'an.wisn'],
    });
    // A 'q' typed could be punctuation in the key; accents fold in the database: both checked on the document.
    expect(trigramPhrase('doc', 'anqwisn').sql).toContain('strpos');
    expect(trigramPhrase('doc', 'müller').sql).toContain('strpos');
  });

  it('no long word (under 5 characters): the whole phrase drives the index', () => {
    expect(indexCore("'s-hert")).toBeNull();
    expect(indexCore('laan 78')).toBeNull();
    expect(trigramPhrase('doc', 'laan 78')).toEqual({ sql: 'kcc_trgm_key(doc) LIKE kcc_key_contains(?)', params: ['laan 78'] });
  });
});
