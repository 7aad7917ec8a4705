import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/client';
import { allowedAreas, areaForPath } from '../../../renderer/src/app/areaAccess';
import { hrefFor, parseHash } from '../../../renderer/src/app/routePath';
import { en } from '../../../renderer/src/i18n/en';
import { nl } from '../../../renderer/src/i18n/nl';
import { translate } from '../../../renderer/src/i18n/translate';
import { signInErrorMessage } from '../../../renderer/src/signin/signInError';

const areas = [
  { id: 'customers', path: '/customer', capability: 'customers.act' as const },
  { id: 'weborders', path: '/weborders', capability: 'weborders.manage' as const },
  { id: 'settings', path: '/settings', capability: 'settings.manage' as const },
  { id: 'audit', path: '/audit', capability: 'audit.read' as const },
];

describe('hash router', () => {
  it('parses paths, segments and query', () => {
    const r = parseHash('#/customer/HM-000123?tab=finance');
    expect(r.segments).toEqual(['customer', 'HM-000123']);
    expect(r.path).toBe('/customer/HM-000123');
    expect(r.query.get('tab')).toBe('finance');
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#//settings/').path).toBe('/settings');
    expect(hrefFor('settings')).toBe('#/settings');
  });
});

describe('areas per role', () => {
  it('shows only the areas a role allows', () => {
    expect(allowedAreas(areas, ['kcc']).map((a) => a.id)).toEqual(['customers']);
    expect(allowedAreas(areas, ['kcc-admin']).map((a) => a.id)).toEqual(['customers', 'audit']);
    expect(allowedAreas(areas, ['helpdesk']).map((a) => a.id)).toEqual(['weborders']);
    expect(allowedAreas(areas, []).map((a) => a.id)).toEqual([]);
  });

  it('finds the area owning a path, not a mere prefix of its name', () => {
    expect(areaForPath(areas, '/customer/HM-000123')?.id).toBe('customers');
    expect(areaForPath(areas, '/settings')?.id).toBe('settings');
    expect(areaForPath(areas, '/settingsx')).toBeUndefined();
  });
});

describe('i18n', () => {
  it('has an English text for every Dutch key, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const value of Object.values(en)) expect(value.trim()).not.toBe('');
  });

  it('fills in placeholders', () => {
    expect(translate('nl', 'signin.error.rateLimited', { seconds: 42 })).toBe('Te veel aanmeldpogingen. Probeer het over 42 seconden opnieuw.');
    expect(translate('en', 'nav.settings')).toBe('Settings');
  });
});

describe('sign-in error messages', () => {
  it('names the refused address and the seconds to wait', () => {
    const ip = signInErrorMessage(new ApiError(403, { code: 'ip_not_allowed', message: 'x', details: { address: '192.0.2.7' } }));
    expect(translate('nl', ip.key, ip.params)).toContain('(192.0.2.7)');
    const rl = signInErrorMessage(new ApiError(429, { code: 'rate_limited', message: 'x', details: { retryAfterSeconds: 12.2 } }));
    expect(translate('nl', rl.key, rl.params)).toBe('Te veel aanmeldpogingen. Probeer het over 13 seconden opnieuw.');
  });

  it('distinguishes wrong password from an unreachable server', () => {
    expect(signInErrorMessage(new ApiError(401, { code: 'invalid_credentials', message: 'x' })).key).toBe('signin.error.invalidCredentials');
    expect(signInErrorMessage(new ApiError(0, { code: 'network', message: 'x' })).key).toBe('signin.error.unreachable');
    // The server answers but its database is away: not "unreachable", and not the server's raw text either.
    const away = signInErrorMessage(new ApiError(503, { code: 'unavailable', message: 'x', details: { retryAfterSeconds: 5 } }));
    expect(translate('nl', away.key, away.params)).toBe('De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw.');
  });
});
