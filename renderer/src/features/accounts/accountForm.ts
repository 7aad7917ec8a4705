import type { Account, AccountRole, UpdateAccount } from '../../../../shared/api/accounts';

/** What the Wijzigen form holds (strings as typed) plus the version it started from. */
export interface EditForm {
  username: string;
  email: string;
  role: AccountRole;
  customerNumber: string;
  version: number;
}

export function editFormFrom(account: Account): EditForm {
  return {
    username: account.username,
    email: account.email,
    role: account.role,
    customerNumber: account.customerNumber ?? '',
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
  if (customerNumber !== (account.customerNumber ?? '')) body.customerNumber = customerNumber === '' ? null : customerNumber;
  return body;
}

export type FormErrors = Partial<Record<'username' | 'email' | 'password' | 'passwordRepeat' | 'customerNumber' | 'role', string>>;

/** Required fields, checked before sending (the server checks everything again). */
export function requiredErrors(values: { username: string; email: string }, message: string): FormErrors {
  const errors: FormErrors = {};
  if (!values.username.trim()) errors.username = message;
  if (!values.email.trim()) errors.email = message;
  return errors;
}
