import { Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { contrastRatio, type Rgba } from '../../../../shared/domain/colorExpression';
import { contrastPairs, themeSlots } from '../../../../shared/domain/themeSlots';
import { useI18n, useT } from '../../i18n';

/** WCAG contrast of each text (or button) slot on the slot behind it, from the values as typed. */
export function ContrastPanel({ evaluated }: { evaluated: Record<string, Rgba | null> }) {
  const t = useT();
  const { language } = useI18n();
  const name = (n: number) => {
    const s = themeSlots.find((x) => x.n === n);
    return `${n}. ${language === 'en' ? s?.en : s?.nl}`;
  };
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {t('theme.contrast')}
      </Typography>
      <List dense data-testid="theme-contrast">
        {contrastPairs.map((p) => {
          const fg = evaluated[String(p.fg)];
          const bg = evaluated[String(p.bg)];
          const ratio = fg && bg ? contrastRatio(fg, bg) : null;
          const shown = ratio === null ? '' : (Math.floor(ratio * 10) / 10).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL');
          const ok = ratio !== null && ratio >= p.min;
          return (
            <ListItem key={`${p.fg}-${p.bg}`} disableGutters secondaryAction={
              <Chip
                size="small"
                color={ratio === null ? 'default' : ok ? 'success' : 'error'}
                variant={ok ? 'outlined' : 'filled'}
                label={ratio === null ? t('theme.contrast.unknown') : ok ? t('theme.contrast.ok', { ratio: shown }) : t('theme.contrast.low', { ratio: shown, min: p.min })}
                data-testid={`contrast-${p.fg}-${p.bg}`}
              />
            }>
              <ListItemText primary={t('theme.contrast.pair', { fg: name(p.fg), bg: name(p.bg) })} sx={{ pr: 24 }} />
            </ListItem>
          );
        })}
      </List>
    </>
  );
}
