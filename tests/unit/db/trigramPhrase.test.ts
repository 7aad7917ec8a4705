import { describe, expect, it } from 'vitest';
import { indexCore, trigramPhrase } from '../../../server/db/trigramPhrase';

describe('trigramPhrase: which part of a phrase drives the pg_trgm index', () => {
  it('a single word is searched as it is', () => {
    expect(indexCore('haddou')).toBeNull();
    expect(trigramPhrase('doc', 'haddou')).toEqual({ sql: 'doc LIKE kcc_contains(?)', params: ['haddou'] });
  });

  it('a short word beside a long one: the long one drives, the whole phrase is checked', () => {
    expect(indexCore('HM-000123')).toBe('000123');
    expect(indexCore('de vries')).toBe('vries');
    expect(indexCore('b.müller-çelik')).toBe('müller');
    expect(trigramPhrase('s.doc', 'HM-000123')).toEqual({
      sql: 's.doc LIKE kcc_contains(?) AND strpos(s.doc, kcc_fold(?)) > 0',
      params: ['000123', 'HM-000123'],
    });
  });

  it('no long word (under 5 characters): the whole phrase as before', () => {
    expect(indexCore('roen_va')).toBeNull();
    expect(indexCore("'s-hert")).toBeNull();
    expect(indexCore('laan 78')).toBeNull();
  });
});
