// KPU's maroon and a calm neutral; react-admin's default theme otherwise, plus a focus ring everyone can
// see: a keyboard user must always know where they are (MUI's ripple alone is too faint).
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const FOCUS_RING = { outline: '3px solid #1565c0', outlineOffset: 2 } as const;

export const etikTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#7b1e1e' },
    secondary: { main: '#37474f' },
  },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': FOCUS_RING } },
    },
    MuiLink: {
      styleOverrides: { root: { '&:focus-visible': FOCUS_RING } },
    },
    MuiCssBaseline: {
      styleOverrides: {
        'input[type="file"]:focus-visible, a:focus-visible, summary:focus-visible': FOCUS_RING,
      },
    },
  },
};
