import { createTheme } from '@mui/material/styles';
import { nlNL, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

/** Calm, dense back-office look: one blue, neutral greys, a clear focus ring for keyboard users. */
export function createAppTheme(language: Language) {
  return createTheme(
    {
      palette: {
        primary: { main: '#1d4f7a', dark: '#123654', light: '#4a77a0' },
        secondary: { main: '#00796b' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
        h4: { fontSize: '1.75rem', fontWeight: 500 },
        h5: { fontWeight: 500 },
        button: { textTransform: 'none', fontWeight: 500 },
      },
      components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        MuiCssBaseline: {
          styleOverrides: {
            // Visible focus for keyboard navigation everywhere, not only where MUI draws one.
            ':focus-visible': { outline: '2px solid #f0a400', outlineOffset: 2 },
          },
        },
        MuiListItemButton: {
          styleOverrides: {
            root: ({ theme }) => ({
              borderRadius: theme.shape.borderRadius,
              '&.Mui-selected': { backgroundColor: 'rgba(29, 79, 122, 0.12)', color: theme.palette.primary.dark },
              '&.Mui-selected .MuiListItemIcon-root': { color: theme.palette.primary.main },
            }),
          },
        },
      },
    },
    language === 'nl' ? nlNL : enUS,
  );
}
