import { z } from 'zod';
import { AccountRole, CreateAccount, UpdateAccount, type Account } from '../../../../shared/api/accounts';
import { apiErrorText } from '../../components/apiErrorText';
import type { FormProblemTexts } from '../../components/form/FormProblemAlert';
import type { MessageKey, Params } from '../../i18n';

type T = (key: MessageKey, params?: Params) => string;

/** What the Wijzigen form holds (strings as typed) plus the version it started from. */
export interface EditForm {
  username: string;
  email: string;
  role: AccountRole;
  customerNumber: string;
  /** A household has one portal account; ticked, a second one is made on purpose. */
  additionalForCustomer: boolean;
  version: number;
}

export function editFormFrom(account: Account): EditForm {
  return {
    username: account.username,
    email: account.email,
    role: account.role,
    customerNumber: account.customerNumber ?? '',
    additionalForCustomer: false,
    version: account.version,
  };
}

/** Only the fields that changed, plus the version (the server refuses a stale one with 409). */
export function updateBody(account: Account, form: EditForm): UpdateAccount {
  const body: UpdateAccount = { version: form.version };
  if (form.username.trim() !== account.username) body.username = form.username.trim();
  if (form.email.trim().toLowerCase() !== account.email) body.email = form.email.trim();
  if (form.role !== account.role) body.role = form.role;
  const customerNumber = form.customerNumber.trim().toUpperCase();
  if (customerNumber !== (account.customerNumber ?? '')) {
    body.customerNumber = customerNumber === '' ? null : customerNumber;
    if (form.additionalForCustomer) body.additionalForCustomer = true;
  }
  return body;
}

const editFields = z.object({ username: z.string(), email: z.string(), role: AccountRole, customerNumber: z.string(), additionalForCustomer: z.boolean(), version: z.number() });

/** The Wijzigen form against the server's own rules for what changed. */
export function editAccountSchema(account: Account) {
  return editFields.transform((form) => updateBody(account, form)).pipe(UpdateAccount);
}

/** The Nieuw account form: the password is typed twice; an empty customer number is left out. */
export interface CreateForm {
  username: string;
  email: string;
  password: string;
  passwordRepeat: string;
  role: AccountRole;
  customerNumber: string;
  additionalForCustomer: boolean;
}

export const emptyCreateForm: CreateForm = { username: '', email: '', password: '', passwordRepeat: '', role: 'admin', customerNumber: '', additionalForCustomer: false };

export const createAccountSchema = z
  .object({
    username: z.string(),
    email: z.string(),
    password: z.string(),
    passwordRepeat: z.string(),
    role: AccountRole,
    customerNumber: z.string(),
    additionalForCustomer: z.boolean(),
  })
  .transform((form) => {
    const customerNumber = form.customerNumber.trim();
    const household = customerNumber ? { customerNumber, ...(form.additionalForCustomer ? { additionalForCustomer: true } : {}) } : {};
    return { username: form.username, email: form.email, password: form.password, role: form.role, ...household };
  })
  .pipe(CreateAccount);

/** The Accounts screen's words for a refused save. */
export function accountProblemTexts(t: T): FormProblemTexts {
  return {
    stale: t('accounts.edit.conflict'),
    reload: t('accounts.action.reload'),
    gone: t('accounts.details.notFound'),
    failed: (_message, error) => apiErrorText(error, t),
  };
}
