// Formal and material deficiencies of a complaint, in the domain's words.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslate } from 'react-admin';
import { useDomainLabel, useMessageLabel } from '../shared/domain-labels';

export interface CompletenessView {
  readonly complete: boolean;
  readonly deficiencies: readonly {
    readonly code: string;
    readonly requirement: string;
    readonly field: string;
  }[];
}

export function CompletenessPanel({
  check,
  title,
  note,
}: {
  readonly check: CompletenessView;
  readonly title?: string;
  readonly note?: string;
}) {
  const translate = useTranslate();
  const message = useMessageLabel();
  const label = useDomainLabel();
  return (
    <Alert severity={check.complete ? 'success' : 'warning'} aria-live="polite">
      <AlertTitle>{title ?? translate('case.sections.completeness')}</AlertTitle>
      {check.complete ? (
        translate('case.complete')
      ) : (
        <>
          {translate('case.incomplete', { smart_count: check.deficiencies.length })}
          <ul>
            {check.deficiencies.map((gap, index) => (
              <li key={`${gap.code}-${gap.field}-${index}`}>
                {message(gap.code)} <small>({label('requirement', gap.requirement)})</small>
              </li>
            ))}
          </ul>
        </>
      )}
      {note && <small>{note}</small>}
    </Alert>
  );
}
