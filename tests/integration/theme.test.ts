import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sass from 'sass';
import { parse as parseCss } from 'culori';
import { defaultColors, slotNumbers } from '../../shared/domain/themeSlots';
import { evaluateColor, parseColorExpression } from '../../shared/domain/colorExpression';
import { failure, startTestServer, type TestServer } from './support/testServer';

const PNG_1x1 = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('Flexibele GUI (theme)', () => {
  let s: TestServer;
  let admin: string;
  let kcc: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!123', ['admin']);
    await s.addStaff('kcc1', 'Geheim!123', ['kcc']);
    admin = await s.signIn('beheer', 'Geheim!123');
    kcc = await s.signIn('kcc1', 'Geheim!123');
  });
  afterAll(async () => s.close());

  const api = () => s.client(admin);
  const css = (headers: Record<string, string> = {}) => fetch(`${s.url}/api/v1/portal/theme.css`, { headers });

  it('accepts every valid form in every slot, as the real Sass compiler reads it', async () => {
    const forms = ['#fff', '#1A7FA0', '#1a7fa080', 'rgb(10, 20, 30)', 'rgba(10, 20, 30, 0.5)', 'rgb(10%, 20%, 30%)', 'hsl(193, 100%, 24%)',
      'hsla(10deg, 50%, 50%, .5)', 'white', 'RebeccaPurple', 'transparent', 'darken(#fff, 10%)', 'lighten(hsl(193, 50%, 50%), 5)',
      'saturate(#888, 20%)', 'desaturate(red, 30%)', 'mix(red, blue, 30%)', 'mix(#000, white)', 'rgba(red, 0.5)', 'adjust-hue(red, -30deg)',
      'transparentize(rgba(0, 0, 0, 0.8), 0.3)', 'opacify(rgba(0,0,0,.2), .3)', 'darken(mix(lighten(#123456, 10%), red, 25%), 5%)'];
    for (const expr of forms) {
      // Our evaluator (live preview, contrast) agrees with the real compiler within rounding.
      const out = sass.compileString(`a{b:#{${expr}}}`, { logger: sass.Logger.silent }).css;
      const real = parseCss(/b: ([^;]+);/.exec(out)?.[1] ?? '');
      const ours = evaluateColor(parseColorExpression(expr));
      expect(real, expr).toBeTruthy();
      if (real && 'r' in real) {
        expect(Math.abs(real.r * 255 - ours.r), `${expr} r`).toBeLessThan(1.01);
        expect(Math.abs(real.g * 255 - ours.g), `${expr} g`).toBeLessThan(1.01);
        expect(Math.abs(real.b * 255 - ours.b), `${expr} b`).toBeLessThan(1.01);
        expect(Math.abs((real.alpha ?? 1) - ours.a), `${expr} a`).toBeLessThan(0.01);
      }
    }
    // Every slot takes them through the API (one save with all of them spread over the slots).
    const colors = Object.fromEntries(slotNumbers.map((n, i) => [n, forms[i % forms.length] as string]));
    const theme = await api().call('theme.get');
    const saved = await api().call('theme.update', { body: { colors, logoShape: 'round', copyright: true, version: theme.version } });
    expect(saved.colors).toEqual(colors);
    expect(saved.cssVersion).not.toBeNull();
  });

  it.each(slotNumbers)('refuses an invalid value and an injection in slot %s, naming colors.N, and stores nothing', async (n) => {
    const before = await api().call('theme.get');
    for (const bad of ['red; @import "x"', 'blue }', '#{$x}', 'darken(#fff)', 'darken(#fff, 150%)', 'url(x)', 'notacolor', '', 'red blue']) {
      const colors = { ...before.colors, [n]: bad };
      const refused = await failure(api().call('theme.update', { body: { colors, logoShape: 'round', copyright: true, version: before.version } }));
      expect(refused.status, bad).toBe(400);
      expect(Object.keys(refused.fieldErrors()), bad).toEqual([`colors.${n}`]);
    }
    expect((await api().call('theme.get')).version).toBe(before.version);
  });

  it('compiles on save: theme.css has the new value at once, a new ETag, and 304 for the current one', async () => {
    const first = await css();
    const etag1 = first.headers.get('etag') ?? '';
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/css');
    expect((await css({ 'if-none-match': etag1 })).status).toBe(304);
    const theme = await api().call('theme.get');
    await api().call('theme.update', { body: { colors: { ...theme.colors, '5': 'darken(#00ff00, 10%)' }, logoShape: 'rectangular', copyright: false, version: theme.version } });
    const second = await css({ 'if-none-match': etag1 });
    expect(second.status).toBe(200);
    const text = await second.text();
    expect(second.headers.get('etag')).not.toBe(etag1);
    expect(text).toMatch(/--kp-c5: (#00cc00|rgb\(0%, 80%, 0%\))/);
    expect(text).toContain('--kp-logo-radius: 4px');
    // Compile of the stored data: a new history entry; the content (and so the ETag) stays the same.
    const compiled = await api().call('theme.compile');
    expect(compiled.bytes).toBeGreaterThan(500);
    expect((await css({ 'if-none-match': second.headers.get('etag') ?? '' })).status).toBe(304);
  });

  it('restores an earlier stylesheet with its colours', async () => {
    const theme = await api().call('theme.get');
    await api().call('theme.update', { body: { colors: { ...theme.colors, '9': 'rgb(1, 2, 3)' }, logoShape: 'round', copyright: true, version: theme.version } });
    const history = (await api().call('theme.history')).items;
    const previous = history[1];
    expect(history[0]?.active).toBe(true);
    if (!previous) throw new Error('no previous stylesheet');
    const restored = await api().call('theme.restore', { params: { id: previous.id } });
    expect(restored.cssVersion).toBe(previous.id);
    expect(restored.colors['9']).toBe(previous.colors['9']);
    expect(await (await css()).text()).not.toContain('rgb(1, 2, 3)');
    expect((await api().call('theme.history')).items.find((h) => h.id === previous.id)?.active).toBe(true);
  });

  it('refuses a stale version with 409 and keeps the stored theme', async () => {
    const theme = await api().call('theme.get');
    await api().call('theme.update', { body: { colors: theme.colors, logoShape: 'round', copyright: true, version: theme.version } });
    const stale = await failure(api().call('theme.update', { body: { colors: { ...theme.colors, '1': 'red' }, logoShape: 'round', copyright: true, version: theme.version } }));
    expect(stale.status).toBe(409);
    expect(stale.currentVersion).toBe(theme.version + 1);
    expect((await api().call('theme.get')).colors['1']).toBe(theme.colors['1']);
  });

  it('previews without storing', async () => {
    const before = await api().call('theme.get');
    const preview = await api().call('theme.preview', { body: { colors: { ...defaultColors, '5': 'lime' }, logoShape: 'round' } });
    expect(preview.css).toContain('--kp-c5: lime');
    expect(await api().call('theme.get')).toEqual(before);
  });

  it('uploads images: PNG by its bytes, SVG sanitised, wrong type 400, too large 413; served to the portal', async () => {
    const info = await api().call('theme.uploadAsset', { params: { name: 'logo' }, upload: { bytes: PNG_1x1, contentType: 'image/png' } });
    expect(info).toMatchObject({ name: 'logo', contentType: 'image/png', size: PNG_1x1.length });
    const served = await fetch(`${s.url}/api/v1/portal/theme/assets/logo`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG_1x1)).toBe(true);

    const fake = await failure(api().call('theme.uploadAsset', { params: { name: 'logo' }, upload: { bytes: Buffer.from('GIF89a....'), contentType: 'image/png' } }));
    expect(fake.status).toBe(400);
    expect(fake.fieldErrors().file).toContain('PNG');
    const gif = await failure(api().call('theme.uploadAsset', { params: { name: 'logo' }, upload: { bytes: Buffer.from('GIF89a....'), contentType: 'image/gif' } }));
    expect(gif.status).toBe(400);
    const big = Buffer.concat([PNG_1x1, Buffer.alloc(600 * 1024)]);
    expect((await failure(api().call('theme.uploadAsset', { params: { name: 'logo' }, upload: { bytes: big, contentType: 'image/png' } }))).status).toBe(413);
    const huge = Buffer.concat([PNG_1x1, Buffer.alloc(4 * 1024 * 1024)]);
    expect((await failure(api().call('theme.uploadAsset', { params: { name: 'background' }, upload: { bytes: huge, contentType: 'image/png' } }))).status).toBe(413);

    const evil = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
      <script>alert(2)</script><foreignObject><iframe src="https://evil.example"/></foreignObject>
      <a xlink:href="javascript:alert(3)"><rect width="5" height="5"/></a><image href="https://evil.example/x.png"/>
      <circle cx="5" cy="5" r="4" fill="url(#g)" style="fill:url(https://evil.example/x)" onclick="alert(4)"/><use href="https://evil.example/s.svg#a"/></svg>`;
    const svg = await api().call('theme.uploadAsset', { params: { name: 'footerLogo' }, upload: { bytes: Buffer.from(evil), contentType: 'image/svg+xml' } });
    const stored = await (await fetch(`${s.url}/api/v1/portal/theme/assets/footerLogo`)).text();
    expect(svg.contentType).toBe('image/svg+xml');
    expect(stored).toContain('<circle');
    for (const gone of ['script', 'onload', 'onclick', 'foreignObject', 'iframe', 'javascript', 'evil.example', '<image', '<a ']) expect(stored).not.toContain(gone);
    const doctype = await failure(
      api().call('theme.uploadAsset', { params: { name: 'footerLogo' }, upload: { bytes: Buffer.from('<!DOCTYPE svg [<!ENTITY x "y">]><svg>&x;</svg>'), contentType: 'image/svg+xml' } }),
    );
    expect(doctype.status).toBe(400);
    expect((await api().call('theme.get')).assets.map((a) => a.name).sort()).toEqual(['footerLogo', 'logo']);
  });

  it('serves a frameable preview with its own policy, and only admins configure the look', async () => {
    const res = await fetch(`${s.url}/api/v1/portal/preview`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self' app://kcc");
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(html).toContain('class="kp-menubar"');
    expect(html).toContain('theme.css?v=');
    // Everything else keeps X-Frame-Options: DENY.
    expect((await css()).headers.get('x-frame-options')).toBe('DENY');
    expect((await failure(s.client(kcc).call('theme.get'))).status).toBe(403);
  });
});
