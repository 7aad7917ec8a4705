import { describe, expect, it } from 'vitest';
import { routes } from '../../../shared/api/routes';
import { actionGroups, actionLabel, hasActionLabel } from '../../../renderer/src/features/audit/actionLabels';

/** The server's own entries that no route lists (sign-in, views written in batches, a redeemed portal link, a bulk job's items). */
const serverActions = ['staff.sign_in', 'staff.sign_in_failed', 'customer.portal_link.redeem', 'customer.view', 'job.item.account', 'job.item.activation_code'];

const routeActions = Object.values(routes).flatMap((r) => ('audit' in r && Array.isArray(r.audit) ? r.audit.map(String) : []));

describe('audit actions in words', () => {
  it('has Dutch and English words for every action a route or the server writes', () => {
    const all = [...new Set([...routeActions, ...serverActions])];
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((a) => !hasActionLabel(a))).toEqual([]);
    for (const action of all) {
      expect(actionLabel(action, 'nl')).not.toBe(action);
      expect(actionLabel(action, 'en')).not.toBe(action);
    }
  });

  it('shows the language asked for, and an unknown code as itself', () => {
    expect(actionLabel('staff.sign_in', 'nl')).toBe('Medewerker aangemeld');
    expect(actionLabel('staff.sign_in', 'en')).toBe('Staff member signed in');
    expect(actionLabel('something.new', 'en')).toBe('something.new');
  });

  it('groups every action under a prefix that matches it, for the filter', () => {
    const groups = actionGroups('en');
    for (const g of groups) for (const a of g.actions) expect(a.value.startsWith(g.prefix)).toBe(true);
    const listed = groups.flatMap((g) => g.actions.map((a) => a.value));
    for (const action of serverActions) expect(listed).toContain(action);
  });
});
