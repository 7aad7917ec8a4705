import type { Account } from '../../../../shared/api/accounts';
import type { MessageKey, Params } from '../../i18n';

type T = (key: MessageKey, params?: Params) => string;

/**
 * Whether an account is blocked, said positively in one phrase: "Nee", "Handmatig" or "Automatisch tot …"
 * (a manual block wins: only unblocking lifts it; an automatic block still running is named beside it).
 */
export function blockStatusText(account: Pick<Account, 'manuallyBlocked' | 'autoBlocked' | 'autoBlockedUntil'>, t: T, when: (iso: string) => string): string {
  const auto = account.autoBlocked
    ? account.autoBlockedUntil
      ? t('accounts.blocked.autoUntil', { when: when(account.autoBlockedUntil) })
      : t('accounts.blocked.auto')
    : null;
  if (account.manuallyBlocked) return auto ? t('accounts.blocked.manualAndAuto', { auto }) : t('accounts.blocked.manual');
  return auto ?? t('accounts.blocked.no');
}
