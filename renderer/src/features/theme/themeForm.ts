import { z } from 'zod';
import { colorValue, UpdateTheme, type Theme } from '../../../../shared/api/theme';
import { checkColor, rgbaCss, type Rgba } from '../../../../shared/domain/colorExpression';
import { slotNumbers } from '../../../../shared/domain/themeSlots';

/** Flat fields (c1…c17) so each slot is one form field; the server names them colors.N. */
export type ThemeForm = Record<`c${number}`, string> & { logoShape: 'round' | 'rectangular'; copyright: boolean; version: number };

export const slotField = (n: string) => `c${n}` as `c${number}`;

export function formFromTheme(t: Theme): ThemeForm {
  const out: Record<string, unknown> = { logoShape: t.logoShape, copyright: t.copyright, version: t.version };
  for (const n of slotNumbers) out[slotField(n)] = t.colors[n] ?? '';
  return out as ThemeForm;
}

export function colorsOf(values: Partial<ThemeForm>): Record<string, string> {
  return Object.fromEntries(slotNumbers.map((n) => [n, String(values[slotField(n)] ?? '')]));
}

/** Each slot checked by the same grammar as the server, on its own field; then the body is the server's schema. */
export const themeSchema = z
  .object({
    ...Object.fromEntries(slotNumbers.map((n) => [slotField(n), colorValue(n)])),
    logoShape: z.enum(['round', 'rectangular']),
    copyright: z.boolean(),
    version: z.number(),
  })
  .transform((f): z.input<typeof UpdateTheme> => {
    const values = f as unknown as ThemeForm;
    return { colors: colorsOf(values), logoShape: values.logoShape, copyright: values.copyright, version: values.version };
  })
  .pipe(UpdateTheme) as unknown as z.ZodType<z.output<typeof UpdateTheme>, ThemeForm>;

/** The server's `colors.N` is the form's `cN`. */
export function fieldForServerPath(path: string): `c${number}` | null {
  const m = /^colors\.(\d+)$/.exec(path);
  return m ? slotField(m[1] as string) : null;
}

/** Every slot's value evaluated (null where it does not parse yet): for the live preview and the contrast badges. */
export function evaluateSlots(values: Partial<ThemeForm>): Record<string, Rgba | null> {
  return Object.fromEntries(
    slotNumbers.map((n) => {
      const c = checkColor(String(values[slotField(n)] ?? ''));
      return [n, c.ok ? c.rgba : null];
    }),
  );
}

/** What the preview page's script accepts: rgba() per slot, only for slots that parse. */
export function previewColors(evaluated: Record<string, Rgba | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [n, c] of Object.entries(evaluated)) if (c) out[n] = rgbaCss(c);
  return out;
}
