import { CUSTOMER_VIEW_ACTION, type AuditFilters } from '../../../../shared/api/audit';

/** The filter fields as typed (dates as yyyy-mm-dd from the date inputs), kept as a draft. */
export interface AuditFilterForm {
  actor: string;
  customerNumber: string;
  action: string;
  from: string;
  to: string;
  /**
   * Leave out the entries of staff reading customer data (customer.view): they outnumber the changes by far.
   * On unless turned off (a draft saved before this field existed reads as on).
   */
  hideViews?: boolean;
}

export const emptyFilters: AuditFilterForm = { actor: '', customerNumber: '', action: '', from: '', to: '', hideViews: true };

export const hidesViews = (form: AuditFilterForm): boolean => form.hideViews !== false;

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
    excludeAction: hidesViews(form) ? CUSTOMER_VIEW_ACTION : undefined,
  };
}

/** Anything other than the defaults (the views hidden, no text): what "Filters wissen" would undo. */
export function hasFilters(form: AuditFilterForm): boolean {
  return !hidesViews(form) || [form.actor, form.customerNumber, form.action, form.from, form.to].some((v) => v.trim() !== '');
}
