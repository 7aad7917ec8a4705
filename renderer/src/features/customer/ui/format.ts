import type { Address } from '../../../../../shared/api/customers';

/** "Kievitlaan 78 A" */
export function streetLine(a: Address): string {
  return `${a.street} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`;
}
/** "Kievitlaan 78 A, 1234 AB Wisselstad" */
export function addressLine(a: Address): string {
  return `${streetLine(a)}, ${a.postcode} ${a.city}`;
}
