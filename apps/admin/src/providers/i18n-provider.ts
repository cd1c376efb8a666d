// Polyglot with Bahasa Indonesia by default and English; the choice is remembered by react-admin's store.
// An unknown error code still says something (errors.UNKNOWN with the code) instead of a raw key.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { enMessages } from '../i18n/en';
import { idMessages } from '../i18n/id';
import type { Messages } from '../i18n/domain-messages';

export const LOCALES = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
] as const;
export type AppLocale = (typeof LOCALES)[number]['locale'];
export const DEFAULT_LOCALE: AppLocale = 'id';

export const messagesOf = (locale: string): Messages => (locale === 'en' ? enMessages : idMessages);

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function createI18nProvider(initialLocale: AppLocale = DEFAULT_LOCALE): I18nProvider {
  return polyglotI18nProvider(
    (locale) => messagesOf(locale) as TranslationMessages,
    initialLocale,
    [...LOCALES],
    {
      allowMissing: true,
      onMissingKey: (key: string, options: Record<string, unknown>, locale: string) => {
        if (typeof options._ === 'string') return options._;
        if (key.startsWith('errors.')) {
          const template = lookup(messagesOf(locale), 'errors.UNKNOWN') ?? '%{code}';
          return template.replace('%{code}', key.slice('errors.'.length));
        }
        return key;
      },
    },
  );
}
