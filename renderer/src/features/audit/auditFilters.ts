import type { AuditFilters } from '../../../../shared/api/audit';

/** The filter fields as typed (dates as yyyy-mm-dd from the date inputs), kept as a draft. */
export interface AuditFilterForm {
  actor: string;
  customerNumber: string;
  action: string;
  from: string;
  to: string;
}

export const emptyFilters: AuditFilterForm = { actor: '', customerNumber: '', action: '', from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day on this workstation's clock to an ISO instant: "from" at 00:00, "to" through 23:59:59.999. */
export function dayToIso(day: string, edge: 'start' | 'end'): string | undefined {
  if (!DAY.test(day)) return undefined;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function datesReversed(form: AuditFilterForm): boolean {
  return DAY.test(form.from) && DAY.test(form.to) && form.from > form.to;
}

/** The API query of a filter form: empty fields left out, the same for the list and the export. */
export function toQuery(form: AuditFilterForm): AuditFilters {
  return {
    actor: form.actor.trim() || undefined,
    customerNumber: form.customerNumber.trim() || undefined,
    action: form.action.trim() || undefined,
    from: dayToIso(form.from, 'start'),
    to: dayToIso(form.to, 'end'),
  };
}

export function hasFilters(form: AuditFilterForm): boolean {
  return Object.values(form).some((v) => v.trim() !== '');
}
