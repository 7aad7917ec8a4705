import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters, toQuery, type AuditFilterForm } from '../../../renderer/src/features/audit/auditFilters';

describe('audit filters: views of customer data ("Inzage verbergen")', () => {
  it('hides views by default, for the list and the export alike', () => {
    expect(toQuery(emptyFilters)).toMatchObject({ excludeAction: 'customer.view' });
    expect(hasFilters(emptyFilters)).toBe(false);
  });

  it('treats a draft saved before the setting existed as "hide views"', () => {
    const old: AuditFilterForm = { actor: '', customerNumber: 'HM-000123', action: '', from: '', to: '' };
    expect(toQuery(old)).toEqual({ customerNumber: 'HM-000123', excludeAction: 'customer.view' });
  });

  it('shows views when unticked, which counts as a filter to clear', () => {
    const shown = { ...emptyFilters, hideViews: false };
    expect(toQuery(shown).excludeAction).toBeUndefined();
    expect(hasFilters(shown)).toBe(true);
  });
});
