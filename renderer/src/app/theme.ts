import { createTheme } from '@mui/material/styles';
import { nlNL, enUS } from '@mui/material/locale';
import type { Language } from '../i18n';

/** Dark blue: 8:1 against the white and light grey surfaces, so the focus ring is plainly visible. */
const FOCUS_RING = '#123654';

/** Calm, dense back-office look: one blue, neutral greys, a clear focus ring for keyboard users. */
export function createAppTheme(language: Language) {
  return createTheme(
    {
      palette: {
        primary: { main: '#1d4f7a', dark: '#123654', light: '#4a77a0' },
        secondary: { main: '#00796b' },
        // MUI's default warning (#ed6c02, 3.1:1 on white) and info (#0288d1, 3.9:1) fail WCAG AA text
        // contrast on filled buttons, chips and the look-along banner; these darker tones pass (5.4:1, 7.4:1).
        warning: { main: '#a85300', contrastText: '#ffffff' },
        info: { main: '#01579b', contrastText: '#ffffff' },
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
        MuiButtonBase: {
          defaultProps: { disableRipple: false },
          // MUI removes the outline of buttons, tabs and list items; keyboard users need a ring (3:1 or more).
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: `2px solid ${FOCUS_RING}`, outlineOffset: 2 } } },
        },
        MuiCssBaseline: {
          styleOverrides: {
            // Visible focus for keyboard navigation everywhere, not only where MUI draws one.
            ':focus-visible': { outline: `2px solid ${FOCUS_RING}`, outlineOffset: 2 },
            // A page heading gets focus only as a starting point after navigation: it is not a control.
            'h1[tabindex="-1"]:focus': { outline: 'none' },
            // On the dark app bar and filled banners a dark ring would vanish: white there.
            '.MuiAppBar-root :focus-visible, .MuiAppBar-root .MuiButtonBase-root.Mui-focusVisible, .MuiAlert-filled :focus-visible, .MuiAlert-filled .MuiButtonBase-root.Mui-focusVisible': {
              outlineColor: '#ffffff',
            },
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
