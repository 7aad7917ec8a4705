import type { Address } from '../../../../../shared/api/customers';
import { formatDate } from '../../../../../shared/domain/format';

/** "Kievitlaan 78 A" */
export function streetLine(a: Address): string {
  return `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`;
}
/** "Kievitlaan 78 A, 1234 AB Wisselstad" */
export function addressLine(a: Address): string {
  return `${streetLine(a)}, ${a.postcode} ${a.city}`;
}
/** Dates from the ERP come as "2021-01-14" (no time): show the day without a zone shift. */
export function day(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(`${value}T12:00:00Z`) : formatDate(value);
}
