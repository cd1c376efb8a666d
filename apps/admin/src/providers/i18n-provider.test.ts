import { describe, expect, it } from 'vitest';
import { CASE_COMMANDS, CASE_STATUSES, LABELS, MESSAGE_LABELS } from '@etik/domain';
import { enChrome } from '../i18n/en';
import { idChrome } from '../i18n/id';
import { createI18nProvider } from './i18n-provider';

const keysOf = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('i18n provider', () => {
  it('speaks Bahasa Indonesia by default and offers English', () => {
    const i18n = createI18nProvider();
    expect(i18n.getLocale()).toBe('id');
    expect(i18n.getLocales?.().map((locale) => locale.locale)).toEqual(['id', 'en']);
    expect(i18n.translate('ra.action.save')).toBe('Simpan');
  });

  it('words every status and command exactly as the domain labels do, in both locales', async () => {
    const i18n = createI18nProvider();
    for (const status of CASE_STATUSES)
      expect(i18n.translate(`domain.caseStatus.${status}`)).toBe(LABELS.caseStatus[status].id);
    for (const command of CASE_COMMANDS)
      expect(i18n.translate(`resources.cases.actions.${command}`)).toBe(LABELS.caseCommand[command].id);
    await i18n.changeLocale('en');
    for (const command of CASE_COMMANDS)
      expect(i18n.translate(`resources.cases.actions.${command}`)).toBe(LABELS.caseCommand[command].en);
  });

  it('has a message for every domain error code under errors.<CODE>', () => {
    const i18n = createI18nProvider();
    for (const [code, label] of Object.entries(MESSAGE_LABELS))
      expect(i18n.translate(`errors.${code}`)).toBe(label.id);
  });

  it('still says something for an error code it does not know', async () => {
    const i18n = createI18nProvider();
    expect(i18n.translate('errors.SOMETHING_NEW')).toBe('Terjadi kesalahan (SOMETHING_NEW).');
    await i18n.changeLocale('en');
    expect(i18n.translate('errors.SOMETHING_NEW')).toBe('Something went wrong (SOMETHING_NEW).');
  });

  it('explains a cut-off or stalled upload in both locales', async () => {
    const i18n = createI18nProvider();
    expect(i18n.translate('errors.UPLOAD_INCOMPLETE')).toMatch(/^Unggahan terputus/);
    expect(i18n.translate('errors.UPLOAD_TIMEOUT')).toMatch(/^Unggahan terhenti/);
    await i18n.changeLocale('en');
    expect(i18n.translate('errors.UPLOAD_INCOMPLETE')).toMatch(/^The upload was cut off/);
    expect(i18n.translate('errors.UPLOAD_TIMEOUT')).toMatch(/^The upload stalled/);
  });

  it('has the same interface words in English as in Indonesian', () => {
    expect(keysOf(enChrome).sort()).toEqual(keysOf(idChrome).sort());
  });
});
