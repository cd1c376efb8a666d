// The decision: who decided and when (plenary quorum or DKPP case number), one outcome per respondent with
// the principles found violated, and the domain's sanction guidance on the outcomes as recorded.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Decision, EthicsCaseRecord } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDateTime } from '../shared/time';
import { guidanceOf } from './case-facts';
import { Fact } from './CaseSection';
import { GuidanceWarnings, usePriorOutcomes } from './SanctionGuidance';
import { useCaseZone } from './case-zone';

function DecisionFacts({
  decision,
  record,
}: {
  readonly decision: Decision;
  readonly record: EthicsCaseRecord;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const nameOf = (membershipId: string) =>
    record.respondents.find((respondent) => respondent.membershipId === membershipId)?.name ?? membershipId;
  return (
    <>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' }, gap: 1, m: 0 }}
      >
        <Fact term={translate('case.decidedBy')}>
          {translate(decision.decidedBy === 'dkpp' ? 'case.decidedByDkpp' : 'case.decidedByCommission')}
          {decision.dkppCaseNumber ? ` · ${decision.dkppCaseNumber}` : ''}
        </Fact>
        <Fact term={translate('case.decidedAt')}>{formatDateTime(decision.decidedAt, locale, zone)}</Fact>
        {decision.plenary && (
          <Fact term={translate('case.plenary')}>
            {`${formatDateTime(decision.plenary.heldAt, locale, zone)} · ${translate('case.quorum', {
              present: decision.plenary.commissionersPresent,
              size: decision.plenary.commissionSize,
            })}${decision.plenary.minutesReference ? ` · ${decision.plenary.minutesReference}` : ''}`}
          </Fact>
        )}
      </Box>
      <Box component="ul" aria-label={translate('commands.fields.outcome')} sx={{ pl: 2, my: 1 }}>
        {decision.outcomes.map((given) => (
          <li key={given.membershipId}>
            <strong>{nameOf(given.membershipId)}</strong>: {label('finding', given.finding)} —{' '}
            <strong>{label('outcome', given.outcome)}</strong>
            {(given.principlesViolated ?? []).length > 0 && (
              <Typography variant="body2" color="text.secondary" component="span" display="block">
                {translate('commands.fields.principlesViolated')}:{' '}
                {(given.principlesViolated ?? []).map((code) => label('principle', code)).join(', ')}
              </Typography>
            )}
            {(given.additionalMeasures ?? []).length > 0 && (
              <Typography variant="body2" color="text.secondary" component="span" display="block">
                {translate('commands.fields.additionalMeasures')}:{' '}
                {(given.additionalMeasures ?? []).map((code) => label('additionalMeasure', code)).join(', ')}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      {decision.considerations && (
        <Box component="dl" sx={{ m: 0 }}>
          <Fact term={translate('commands.fields.considerations')}>{decision.considerations}</Fact>
        </Box>
      )}
    </>
  );
}

export function DecisionSection({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const prior = usePriorOutcomes(record);
  const decision = record.decision;
  if (!decision && !record.forwardedDecision) {
    return <Typography color="text.secondary">{translate('case.noDecision')}</Typography>;
  }
  const warnings = decision ? guidanceOf(record.respondents, decision.outcomes, prior.data) : [];
  return (
    <>
      {decision && <DecisionFacts decision={decision} record={record} />}
      {decision && <GuidanceWarnings warnings={warnings} respondents={record.respondents} weighed />}
      {record.forwardedDecision && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {translate('case.forwardedDecision')}
          </Typography>
          <DecisionFacts decision={record.forwardedDecision} record={record} />
        </Box>
      )}
    </>
  );
}
