export const LOCALES = ['id', 'en'] as const;
/** `id` (Bahasa Indonesia) is the default locale. */
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export type Label = { readonly [L in Locale]: string };

/** Labels for every member of a code list: `satisfies LabelsOf<X>` makes a missing code a compile error. */
export type LabelsOf<Code extends string> = { readonly [C in Code]: Label };
