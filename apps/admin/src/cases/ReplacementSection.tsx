// Interim replacement (PAW): the seats a permanent dismissal vacated that are still open (the domain's
// seatsStillOpen), each with whom the API's replacementCandidates says the rules take next, and the
// replacements made, with the replacement's name read from the body's members.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import type { EthicsCaseRecord, Membership } from '../providers/api-types';
import type { EtikDataProvider } from '../providers/data-provider';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDate } from '../shared/time';
import { openSeats } from './case-facts';
import { useCaseZone } from './case-zone';

function MemberName({ id, bodyId }: { readonly id: string; readonly bodyId?: string | null }) {
  const { data } = useGetOne<Membership & { name?: string }>(
    'members',
    { id, meta: { bodyId } },
    { enabled: Boolean(bodyId), retry: false },
  );
  return <>{data?.person.name ?? id}</>;
}

/** Whom the rules take next for an open seat, or that the PPS may appoint; nothing while unknown. */
function NextCandidate({ caseId, membershipId }: { readonly caseId: string; readonly membershipId: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data } = useQuery({
    queryKey: ['cases', caseId, 'replacementCandidates', membershipId],
    queryFn: () => dataProvider.replacementCandidates(caseId, membershipId),
    retry: false,
  });
  if (!data) return null;
  const next = data.candidates.find((candidate) => candidate.id === data.nextCandidateId);
  return (
    <Typography variant="body2" component="span" display="block">
      {next
        ? translate('commands.replacement.next', {
            name: `${next.person.name} (#${next.selectionRank ?? '–'})`,
          })
        : translate('commands.replacement.noReserve')}
      {data.ppsAppointmentAllowed ? ` ${translate('commands.replacement.ppsAllowed')}` : ''}
    </Typography>
  );
}

export function ReplacementSection({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const respondentOf = (membershipId: string) =>
    record.respondents.find((respondent) => respondent.membershipId === membershipId);
  const open = openSeats(record);
  const replacements = record.replacements ?? [];
  return (
    <>
      {open.length > 0 ? (
        <Alert severity="warning" role="note" sx={{ mb: 1 }}>
          {translate('case.seatsOpen')}:{' '}
          {open.map((membershipId) => respondentOf(membershipId)?.name ?? membershipId).join(', ')}
          {record.status === 'replacementInProgress' &&
            open.map((membershipId) => (
              <Box key={membershipId} sx={{ mt: 0.5 }}>
                <strong>{respondentOf(membershipId)?.name ?? membershipId}</strong>
                <NextCandidate caseId={String(record.id)} membershipId={membershipId} />
              </Box>
            ))}
        </Alert>
      ) : (
        <Alert severity="success" variant="outlined" role="note" sx={{ mb: 1 }}>
          {translate('case.seatsDone')}
        </Alert>
      )}
      {replacements.length > 0 && (
        <Box component="ul" aria-label={translate('case.replacements')} sx={{ pl: 2, my: 0.5 }}>
          {replacements.map((replacement) => {
            const vacated = respondentOf(replacement.vacatedMembershipId);
            return (
              <li key={replacement.vacatedMembershipId}>
                <strong>{vacated?.name ?? replacement.vacatedMembershipId}</strong>{' '}
                {replacement.replacementMembershipId ? (
                  <>
                    {translate('case.replacedBy')}{' '}
                    <strong>
                      <MemberName id={replacement.replacementMembershipId} bodyId={vacated?.bodyId} />
                    </strong>
                  </>
                ) : (
                  translate('case.vacancyOnly')
                )}
                <Typography variant="body2" color="text.secondary" component="span" display="block">
                  {label('replacementMethod', replacement.method)} ·{' '}
                  {translate('case.sworn', { date: formatDate(replacement.swornAt, locale, zone) })}
                </Typography>
              </li>
            );
          })}
        </Box>
      )}
    </>
  );
}
