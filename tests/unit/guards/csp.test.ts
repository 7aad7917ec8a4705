import { describe, expect, it } from 'vitest';
import { buildCsp, serverOrigin } from '../../../main/guards/csp';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1).join(' ')]));
}

describe('buildCsp', () => {
  it('allows connections to the active server origin only', () => {
    const csp = directives(buildCsp('http://127.0.0.1:40123/api/ignored?x=1'));
    expect(csp.get('connect-src')).toBe('http://127.0.0.1:40123');
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('frame-src')).toBe('blob: http://127.0.0.1:40123');
    expect(csp.get('font-src')).toBe("'self' data:");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.size).toBe(10);
  });

  it('uses the https origin of a remote profile', () => {
    expect(directives(buildCsp('https://portaal.woonstad.example/')).get('connect-src')).toBe('https://portaal.woonstad.example');
  });

  it("falls back to 'none' without a usable server", () => {
    for (const url of [null, undefined, '', 'not a url', 'javascript:alert(1)', 'file:///etc', "http://x'; script-src *"]) {
      expect(directives(buildCsp(url)).get('connect-src')).toBe(serverOrigin(url) ?? "'none'");
    }
    expect(directives(buildCsp('javascript:alert(1)')).get('connect-src')).toBe("'none'");
    expect(directives(buildCsp(null)).get('frame-src')).toBe('blob:');
  });

  it('cannot be widened by a hostile URL', () => {
    const csp = buildCsp("http://evil.example; script-src 'unsafe-eval'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directives(csp).get('script-src')).toBe("'self'");
  });
});
