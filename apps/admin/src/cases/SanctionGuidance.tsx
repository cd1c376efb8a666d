// The domain's sanction guidance (sanctionGuidance): advice on outcomes that look disproportionate to the
// finding or to the respondent's earlier sanctions. In the decision forms it is re-run on every change,
// before anything is sent; on the case page it is run on the decision as recorded.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { GuidanceWarning } from '@etik/domain';
import type { EthicsCaseRecord, Respondent } from '../providers/api-types';
import type { EtikDataProvider } from '../providers/data-provider';
import { useDomainLabel, useMessageLabel } from '../shared/domain-labels';
import { guidanceOf, type OutcomeValues } from './case-facts';

/** Earlier outcomes against the case's respondents; while unknown (or unreadable) the guidance goes without. */
export function usePriorOutcomes(record: EthicsCaseRecord) {
  const dataProvider = useDataProvider<EtikDataProvider>();
  return useQuery({
    queryKey: ['cases', 'priorOutcomes', record.id, record.version],
    queryFn: () => dataProvider.priorOutcomes(record),
    retry: false,
    staleTime: 60_000,
  });
}

export function GuidanceWarnings({
  warnings,
  respondents,
  weighed,
}: {
  readonly warnings: readonly GuidanceWarning[];
  readonly respondents: readonly Respondent[];
  /** Whether any outcome was complete enough to weigh (otherwise there is nothing to say yet). */
  readonly weighed: boolean;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const message = useMessageLabel();
  const nameOf = (membershipId: string) =>
    respondents.find((respondent) => respondent.membershipId === membershipId)?.name ?? membershipId;
  return (
    // A polite live region: the advice changes as outcomes are chosen, without stealing focus.
    <Box role="status" aria-live="polite" aria-label={translate('case.guidanceTitle')} sx={{ my: 1 }}>
      {warnings.length > 0 ? (
        <Alert severity="warning" role="presentation">
          <AlertTitle>{translate('case.guidanceTitle')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {warnings.map((warning, index) => (
              <li key={`${warning.membershipId}-${warning.code}-${index}`}>
                <strong>{nameOf(warning.membershipId)}</strong>: {message(warning.code)}
                {warning.suggested &&
                  ` ${translate('case.guidanceSuggested', { outcome: label('outcome', warning.suggested) })}`}
              </li>
            ))}
          </Box>
          <Box component="p" sx={{ mb: 0, fontSize: 13 }}>
            {translate('case.guidanceNote')}
          </Box>
        </Alert>
      ) : weighed ? (
        <Alert severity="success" variant="outlined" role="presentation">
          {translate('case.guidanceNone')}
        </Alert>
      ) : null}
    </Box>
  );
}

/** Inside a decision form (react-hook-form): the guidance on the outcomes as they stand. */
export function FormSanctionGuidance({ record }: { readonly record: EthicsCaseRecord }) {
  const values = (useWatch({ name: 'outcomes' }) as (OutcomeValues | undefined)[] | undefined) ?? [];
  const prior = usePriorOutcomes(record);
  const warnings = guidanceOf(record.respondents, values, prior.data);
  const weighed = values.some((given) => given?.finding && given.outcome);
  return <GuidanceWarnings warnings={warnings} respondents={record.respondents} weighed={weighed} />;
}
