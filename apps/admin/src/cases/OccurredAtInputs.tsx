// "When the act happened", shared by every command and record-action form: an optional local date-time in
// the case's zone and, once it is filled, the reason it is recorded late. The API's refusals of it
// (in the future, before the previous step, beyond the backdating limit without a reason) are put on the
// field concerned, in the user's language, rather than in the dialog's general alert.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextInput, useTranslate } from 'react-admin';
import type { TimeZone } from '@etik/domain';
import { isApiError } from '../providers/graphql-client';
import { zonedInputToIso } from '../shared/time';

const FIELD_OF_CODE: Readonly<Record<string, 'occurredAt' | 'occurredAtReason'>> = {
  OCCURRED_IN_FUTURE: 'occurredAt',
  OCCURRED_BEFORE_PREVIOUS_STEP: 'occurredAt',
  BACKDATING_REASON_REQUIRED: 'occurredAtReason',
};

/** Whether the API refused the time of the act (then the field shows it, not the dialog's alert). */
export const isOccurredAtRefusal = (error: unknown): boolean =>
  isApiError(error) && error.code in FIELD_OF_CODE;

/** The mutation's `occurredAt` and `occurredAtReason`, only when a time was given. */
export function occurredAtArgs(
  values: Readonly<Record<string, unknown>>,
  zone: TimeZone = 'WIB',
): { occurredAt?: string; occurredAtReason?: string } {
  const occurredAt = zonedInputToIso(values.occurredAt, zone);
  if (!occurredAt) return {};
  const reason = typeof values.occurredAtReason === 'string' ? values.occurredAtReason.trim() : '';
  return { occurredAt, ...(reason ? { occurredAtReason: reason } : {}) };
}

export function OccurredAtInputs({
  error,
  zone = 'WIB',
}: {
  /** The API's last refusal of the form, if any. */
  readonly error?: unknown;
  readonly zone?: TimeZone | undefined;
}) {
  const translate = useTranslate();
  const { setError } = useFormContext();
  const occurredAt: unknown = useWatch({ name: 'occurredAt' });
  const filled = typeof occurredAt === 'string' && occurredAt !== '';

  useEffect(() => {
    if (!isApiError(error)) return;
    const field = FIELD_OF_CODE[error.code];
    if (field) setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  }, [error, setError]);

  return (
    <>
      <TextInput
        source="occurredAt"
        type="datetime-local"
        label={translate('occurredAt.label', { zone })}
        helperText="occurredAt.help"
        InputLabelProps={{ shrink: true }}
        fullWidth
      />
      {filled && (
        <TextInput
          source="occurredAtReason"
          label="occurredAt.reason"
          helperText="occurredAt.reasonHelp"
          multiline
          fullWidth
        />
      )}
    </>
  );
}
