import { z } from 'zod';
import { checkColor } from '../domain/colorExpression';
import { slotNumbers, themeAssetNames, themeAssetTypes, themeSlots } from '../domain/themeSlots';
import { IsoDateTime, Version } from './common';

const slotName = (n: string) => themeSlots.find((s) => String(s.n) === n)?.nl ?? n;

/** One slot's value: exactly one colour expression of the strict grammar (shared/domain/colorExpression.ts). */
export const colorValue = (n: string) =>
  z.string().superRefine((value, ctx) => {
    const check = checkColor(value);
    if (!check.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `Kleur ${n} (${slotName(n)}): geen geldige kleur (${check.reason}). Gebruik bijvoorbeeld #1a7fa0, rgb(), hsl(), een kleurnaam of darken(#fff, 10%).`,
      });
    }
  });

/** All 17 slots, each named in an error as `colors.N`. */
export const ThemeColors = z.object(Object.fromEntries(slotNumbers.map((n) => [n, colorValue(n)])) as Record<string, ReturnType<typeof colorValue>>);
export type ThemeColors = Record<string, string>;

export const LogoShape = z.enum(['round', 'rectangular']);
export type LogoShape = z.infer<typeof LogoShape>;

export const ThemeAssetName = z.enum(themeAssetNames);
export const ThemeAssetInfo = z.object({
  name: ThemeAssetName,
  contentType: z.enum(themeAssetTypes),
  size: z.number().int(),
  hash: z.string(),
  uploadedAt: IsoDateTime,
  uploadedBy: z.string(),
});
export type ThemeAssetInfo = z.infer<typeof ThemeAssetInfo>;

export const Theme = z.object({
  colors: z.record(z.string(), z.string()),
  logoShape: LogoShape,
  copyright: z.boolean(),
  version: Version,
  /** The active stylesheet (its history id); null before the first compile. */
  cssVersion: z.number().int().nullable(),
  compiledAt: IsoDateTime.nullable(),
  /** The content hash the portal's `GET /portal/theme.css` answers as its ETag. */
  cssHash: z.string().nullable(),
  assets: z.array(ThemeAssetInfo),
  updatedAt: IsoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type Theme = z.infer<typeof Theme>;

export const UpdateTheme = z.object({ colors: ThemeColors, logoShape: LogoShape, copyright: z.boolean(), version: Version });
export type UpdateTheme = z.infer<typeof UpdateTheme>;

export const PreviewTheme = z.object({ colors: ThemeColors, logoShape: LogoShape });
export const PreviewCss = z.object({ css: z.string(), compileMs: z.number() });

export const CompileResult = z.object({ cssVersion: z.number().int(), bytes: z.number().int(), hash: z.string(), compiledAt: IsoDateTime, compileMs: z.number() });

export const StylesheetEntry = z.object({
  id: z.number().int(),
  cssVersion: z.number().int(),
  compiledAt: IsoDateTime,
  compiledBy: z.string(),
  bytes: z.number().int(),
  hash: z.string(),
  active: z.boolean(),
  colors: z.record(z.string(), z.string()),
});
export type StylesheetEntry = z.infer<typeof StylesheetEntry>;

export const AssetParam = z.object({ name: ThemeAssetName });
export const PublicAssetParam = z.object({ name: z.string().max(40) });
