// KPU's maroon and a calm neutral; react-admin's default theme otherwise.
import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const etikTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#7b1e1e' },
    secondary: { main: '#37474f' },
  },
};
