// The domain's part of the messages, built from @etik/domain's LABELS and MESSAGE_LABELS: the one source
// of truth for every code's wording. Nothing here is typed by hand.
import { LABELS, MESSAGE_LABELS, type Label, type LabelKind, type Locale } from '@etik/domain';

type Messages = { [key: string]: string | Messages };

const pick = (labels: Readonly<Record<string, Label>>, locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label[locale]]));

/** `domain.<kind>.<code>` for every LABELS kind, `errors.<CODE>` for every domain message, and the
 * case commands again as `resources.cases.actions.<command>` (conventions.md §5.3 rule 8). */
export function domainMessages(locale: Locale): Messages {
  const domain = Object.fromEntries(
    (Object.keys(LABELS) as LabelKind[]).map((kind) => [
      kind,
      pick(LABELS[kind] as Readonly<Record<string, Label>>, locale),
    ]),
  );
  return {
    domain,
    errors: pick(MESSAGE_LABELS, locale),
    resources: { cases: { actions: pick(LABELS.caseCommand, locale) } },
  };
}

export type { Messages };

/** Deep merge, later sources winning; used to lay the app's messages over react-admin's. */
export function mergeMessages(...sources: readonly Messages[]): Messages {
  const result: Messages = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const existing = result[key];
      result[key] =
        typeof value === 'object' && typeof existing === 'object' ? mergeMessages(existing, value) : value;
    }
  }
  return result;
}
