import { formatColorExpression, parseColorExpression } from '../../shared/domain/colorExpression';
import { slotNumbers } from '../../shared/domain/themeSlots';

export interface ThemeInput {
  colors: Record<string, string>;
  logoShape: 'round' | 'rectangular';
  copyright: boolean;
}

/**
 * The portal stylesheet's Sass source. Each slot becomes `$cN` from its expression as re-written from the strict
 * parse tree (never the raw text: nothing but a colour expression can reach the compiler), and every colour is
 * published as a custom property `--kp-cN` that the rules use, so the live preview can restyle the page by
 * setting those properties without a compile. Derived shades (hover) are Sass's work.
 */
export function themeSassSource(t: ThemeInput): string {
  const vars = slotNumbers.map((n) => `$c${n}: ${formatColorExpression(parseColorExpression(t.colors[n] ?? 'black'))};`).join('\n');
  const props = slotNumbers.map((n) => `  --kp-c${n}: #{$c${n}};`).join('\n');
  return `${vars}
:root {
${props}
  --kp-c2-hover: #{darken($c2, 8%)};
  --kp-logo-radius: ${t.logoShape === 'round' ? '50%' : '4px'};
  /* Relative to theme.css; the image is revalidated by its own ETag, so a new upload shows without a compile. */
  --kp-background-image: url("theme/assets/background");
  --kp-copyright: ${t.copyright ? 'inline' : 'none'};
}
body.kp { margin: 0; font-family: Roboto, "Segoe UI", Arial, sans-serif; color: #222; background: var(--kp-c8); }
.kp-header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: var(--kp-c4); }
.kp-logo { width: 48px; height: 48px; object-fit: cover; border-radius: var(--kp-logo-radius); background: var(--kp-c3); }
.kp-name { color: var(--kp-c16); font-size: 18px; }
.kp-header-menu { display: flex; gap: 16px; margin-left: auto; }
.kp-header-menu a { color: var(--kp-c16); text-decoration: none; }
.kp-header-menu a[aria-current] { color: var(--kp-c17); border-bottom: 2px solid var(--kp-c17); }
.kp-menubar { display: flex; flex-wrap: wrap; align-items: center; background: var(--kp-c5); border-top: 1px solid var(--kp-c6); border-bottom: 3px solid var(--kp-c6); }
.kp-menubar a { color: var(--kp-c14); padding: 10px 14px; text-decoration: none; border-right: 1px solid var(--kp-c6); }
.kp-menubar a[aria-current] { color: var(--kp-c15); background: var(--kp-c2); }
.kp-nav { margin-left: auto; display: flex; align-items: center; gap: 8px; padding: 0 12px; color: var(--kp-c10); }
.kp-nav button { color: var(--kp-c5); background: var(--kp-c11); border: 0; border-radius: 3px; padding: 4px 10px; }
.kp-hero { background: var(--kp-c3) var(--kp-background-image) center / cover no-repeat; padding: 16px 20px; }
.kp-main { background: var(--kp-c8); padding: 16px 20px; }
.kp-title { color: var(--kp-c13); margin: 0 0 12px; font-size: 22px; }
.kp-progress { height: 10px; background: #ddd; border-radius: 5px; overflow: hidden; margin: 12px 0; }
.kp-progress > span { display: block; height: 100%; width: 60%; background: var(--kp-c9); }
.kp-button { background: var(--kp-c1); color: #fff; border: 0; border-radius: 4px; padding: 8px 16px; margin-right: 8px; }
.kp-button:hover { background: var(--kp-c2-hover); }
.kp-button.kp-secondary { background: var(--kp-c2); }
.kp-top5 { display: flex; gap: 8px; flex-wrap: wrap; padding: 0; list-style: none; }
.kp-top5 li { border: 1px solid var(--kp-c1); color: var(--kp-c1); border-radius: 4px; padding: 6px 10px; background: #fff; }
.kp-footer { display: flex; align-items: center; gap: 12px; padding: 12px 20px; background: var(--kp-c7); color: var(--kp-c12); }
.kp-footer img { height: 28px; margin-left: auto; }
.kp-copyright { display: var(--kp-copyright); }
`;
}
