import { describe, expect, it } from 'vitest';
import { passwordPolicyIssues, passwordRules } from '../../shared/domain/password';

describe('password policy', () => {
  it('accepts a password meeting every rule', () => {
    expect(passwordPolicyIssues('Welkom!2026', { username: 'jdevries' })).toEqual([]);
  });
  it.each([
    ['Kort!1a', 'Minstens 8 tekens'],
    ['welkom!2026', 'Minstens één hoofdletter'],
    ['WELKOM!2026', 'Minstens één kleine letter'],
    ['Welkom!!!!', 'Minstens één cijfer'],
    ['Welkom2026', 'Minstens één speciaal teken'],
  ])('%s fails with "%s"', (pw, message) => {
    expect(passwordPolicyIssues(pw)).toEqual([message]);
  });
  it('refuses the username and the old password', () => {
    expect(passwordPolicyIssues('Jan.Smit1', { username: 'jan.smit1' })).toEqual(['Mag niet gelijk zijn aan de gebruikersnaam']);
    expect(passwordPolicyIssues('Oud!wachtw00rd', { oldPassword: 'Oud!wachtw00rd' })).toEqual(['Mag niet gelijk zijn aan het oude wachtwoord']);
  });
  it('reports each rule with its state for live feedback', () => {
    const rules = passwordRules('abc');
    expect(rules.map((r) => [r.key, r.ok])).toEqual([
      ['length', false],
      ['upper', false],
      ['lower', true],
      ['digit', false],
      ['special', false],
    ]);
  });
});
