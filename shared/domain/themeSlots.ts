/**
 * The portal's 17 numbered colour slots with the seed's names (001 §4.7.2) and the demo portal's values.
 * The seed's picture is unreadable for slots 7 and 8; their names here follow what they colour in the
 * portal (the footer behind text 12, the main panel behind title 13).
 */
export interface ThemeSlot {
  n: number;
  nl: string;
  en: string;
  /** The demo corporation's value (Meerstede Wonen's hues, as in the seed's screenshot). */
  demo: string;
}

export const themeSlots: readonly ThemeSlot[] = [
  { n: 1, nl: 'Primair', en: 'Primary', demo: 'hsl(193, 100%, 24%)' },
  { n: 2, nl: 'Primaire interactie', en: 'Primary interaction', demo: 'hsl(198, 60%, 38%)' },
  { n: 3, nl: 'Achtergrond primair', en: 'Primary background', demo: 'darken(#f4f8fa, 3%)' },
  { n: 4, nl: 'Kop boven menu-balk', en: 'Header above the menu bar', demo: 'hsl(193, 70%, 18%)' },
  { n: 5, nl: 'Achtergrond menu-balk', en: 'Menu bar background', demo: 'hsl(193, 100%, 24%)' },
  { n: 6, nl: 'Lijnen menu-balk', en: 'Menu bar lines', demo: 'lighten(hsl(193, 100%, 24%), 10%)' },
  { n: 7, nl: 'Achtergrond voet', en: 'Footer background', demo: 'hsl(193, 100%, 15%)' },
  { n: 8, nl: 'Achtergrond hoofdpanel', en: 'Main panel background', demo: 'hsl(0, 0%, 98%)' },
  { n: 9, nl: 'Voortgangsbalk', en: 'Progress bar', demo: 'hsl(0, 0%, 40%)' },
  { n: 10, nl: 'Tekst in navigatiebalk', en: 'Text in the navigation bar', demo: 'white' },
  { n: 11, nl: 'Knoppen in navigatiebalk', en: 'Buttons in the navigation bar', demo: '#ffffff' },
  { n: 12, nl: 'Tekst in voet', en: 'Text in the footer', demo: 'white' },
  { n: 13, nl: 'Tekst hoofdpanel titel', en: 'Main panel title text', demo: 'hsl(198, 60%, 30%)' },
  { n: 14, nl: 'Tekst menu-items', en: 'Menu item text', demo: 'white' },
  { n: 15, nl: 'Tekst geselecteerd menu-item', en: 'Selected menu item text', demo: 'white' },
  { n: 16, nl: 'Tekst menu-items in kop', en: 'Header menu item text', demo: 'white' },
  { n: 17, nl: 'Tekst geselecteerde menu-item in kop', en: 'Selected header menu item text', demo: 'white' },
];

export const SLOT_COUNT = themeSlots.length;
export const slotNumbers = themeSlots.map((s) => String(s.n));

/** The default colours: the demo portal's. */
export const defaultColors: Record<string, string> = Object.fromEntries(themeSlots.map((s) => [String(s.n), s.demo]));

/**
 * Text (or control) on a background, where WCAG contrast matters: 4.5:1 for text, 3:1 for the navigation
 * bar's buttons (non-text). Backgrounds follow the preview's layout.
 */
export interface ContrastPair {
  fg: number;
  bg: number;
  min: number;
}
export const contrastPairs: readonly ContrastPair[] = [
  { fg: 10, bg: 5, min: 4.5 },
  { fg: 11, bg: 5, min: 3 },
  { fg: 14, bg: 5, min: 4.5 },
  { fg: 15, bg: 2, min: 4.5 },
  { fg: 16, bg: 4, min: 4.5 },
  { fg: 17, bg: 1, min: 4.5 },
  { fg: 12, bg: 7, min: 4.5 },
  { fg: 13, bg: 8, min: 4.5 },
];

/** The image slots (seed: A logo, B footer logo, C background photo). */
export const themeAssetNames = ['logo', 'footerLogo', 'background'] as const;
export type ThemeAssetName = (typeof themeAssetNames)[number];
export const themeAssetLimits: Record<ThemeAssetName, number> = {
  logo: 512 * 1024,
  footerLogo: 512 * 1024,
  background: 3 * 1024 * 1024,
};
export const themeAssetTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type ThemeAssetType = (typeof themeAssetTypes)[number];
