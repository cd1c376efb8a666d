// A refused record action in words: the API's code through errors.<CODE>, with the details it sends
// (ALLEGATION_INVALID's problems[], SUMMONS_TOO_LATE's latest time), and a reload on CONFLICT.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useLocaleState, useTranslate } from 'react-admin';
import { isApiError } from '../../providers/graphql-client';
import { useMessageLabel } from '../../shared/domain-labels';
import { formatDateTime } from '../../shared/time';
import { useCaseZone } from '../case-zone';

export function RecordError({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const translate = useTranslate();
  const message = useMessageLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  if (!isApiError(error)) {
    return (
      <Alert severity="error" role="alert">
        {translate('ra.notification.http_error')}
      </Alert>
    );
  }
  if (error.isConflict) {
    return (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onReload}>
            {translate('commands.reload')}
          </Button>
        }
      >
        <AlertTitle>{translate('commands.conflictTitle')}</AlertTitle>
        {translate('errors.CONFLICT')}
      </Alert>
    );
  }
  const problems = (error.extensions.problems as readonly (string | { code: string })[] | undefined) ?? [];
  const latestAt = typeof error.extensions.latestAt === 'string' ? error.extensions.latestAt : undefined;
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2 }}>
      <AlertTitle>
        {translate(error.message, { _: translate('errors.UNKNOWN', { code: error.code }) })}
      </AlertTitle>
      {latestAt && translate('records.summonsLatestAt', { at: formatDateTime(latestAt, locale, zone) })}
      {problems.length > 0 && (
        <ul aria-label={translate('records.problemsTitle')}>
          {problems.map((problem, index) => {
            const code = typeof problem === 'string' ? problem : problem.code;
            return <li key={`${code}-${index}`}>{message(code)}</li>;
          })}
        </ul>
      )}
    </Alert>
  );
}
