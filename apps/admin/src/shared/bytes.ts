// File sizes as people read them: "850 B", "12,4 KB", "3,1 MB" (binary units, the locale's decimal sign).
const TAGS: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-GB' };

export function formatBytes(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(TAGS[locale] ?? locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
