/**
 * The portal's password policy: at least 8 characters with an upper-case
 * letter, a lower-case letter, a digit and a special character; not the username, not the old password.
 * Returns the Dutch message of every rule that fails, so a form can show live feedback.
 */
export interface PasswordRule {
  key: 'length' | 'upper' | 'lower' | 'digit' | 'special' | 'notUsername' | 'notOld';
  message: string;
  ok: boolean;
}

export function passwordRules(password: string, ctx: { username?: string; oldPassword?: string } = {}): PasswordRule[] {
  const rules: PasswordRule[] = [
    { key: 'length', message: 'Minstens 8 tekens', ok: password.length >= 8 },
    { key: 'upper', message: 'Minstens één hoofdletter', ok: /\p{Lu}/u.test(password) },
    { key: 'lower', message: 'Minstens één kleine letter', ok: /\p{Ll}/u.test(password) },
    { key: 'digit', message: 'Minstens één cijfer', ok: /\d/.test(password) },
    { key: 'special', message: 'Minstens één speciaal teken', ok: /[^\p{L}\d]/u.test(password) },
  ];
  if (ctx.username !== undefined) {
    rules.push({
      key: 'notUsername',
      message: 'Mag niet gelijk zijn aan de gebruikersnaam',
      ok: password.toLowerCase() !== ctx.username.trim().toLowerCase(),
    });
  }
  if (ctx.oldPassword !== undefined) {
    rules.push({ key: 'notOld', message: 'Mag niet gelijk zijn aan het oude wachtwoord', ok: password !== ctx.oldPassword });
  }
  return rules;
}

export function passwordPolicyIssues(password: string, ctx: { username?: string; oldPassword?: string } = {}): string[] {
  return passwordRules(password, ctx)
    .filter((r) => !r.ok)
    .map((r) => r.message);
}
