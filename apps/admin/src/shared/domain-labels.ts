// Domain codes in the UI: always through the i18n keys built from @etik/domain's LABELS.
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import type { LabelKind } from '@etik/domain';
import { principleCodeOf } from './principles';

/** Choices for SelectInput & co.: react-admin translates each `name` key. */
export const choicesOf = (kind: LabelKind, codes: readonly string[]) =>
  codes.map((code) => ({ id: code, name: `domain.${kind}.${code}` }));

export function useDomainLabel() {
  const translate = useTranslate();
  return useCallback(
    (kind: LabelKind, code: string | null | undefined): string =>
      code
        ? translate(`domain.${kind}.${kind === 'principle' ? principleCodeOf(code) : code}`, { _: code })
        : '',
    [translate],
  );
}

/** Message of an error, deficiency or warning code (`errors.<CODE>`). */
export function useMessageLabel() {
  const translate = useTranslate();
  return useCallback((code: string): string => translate(`errors.${code}`), [translate]);
}
