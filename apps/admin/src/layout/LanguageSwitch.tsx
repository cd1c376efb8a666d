// The language switch of the app bar: the language's name on a wide screen, only the icon on a phone.
import LanguageIcon from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState, type MouseEvent } from 'react';
import { useLocaleState, useLocales, useTranslate } from 'react-admin';

export function LanguageSwitch() {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const current = locales.find((candidate) => candidate.locale === locale);
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const label = `${translate('app.language')}: ${current?.name ?? locale}`;
  return (
    <>
      {small ? (
        <IconButton color="inherit" aria-label={label} aria-haspopup="menu" onClick={open}>
          <LanguageIcon />
        </IconButton>
      ) : (
        <Button
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          onClick={open}
          startIcon={<LanguageIcon />}
        >
          {current?.name ?? locale}
        </Button>
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {locales.map((candidate) => (
          <MenuItem
            key={candidate.locale}
            selected={candidate.locale === locale}
            lang={candidate.locale}
            onClick={() => {
              setLocale(candidate.locale);
              setAnchor(null);
            }}
          >
            {candidate.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
