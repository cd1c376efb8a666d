// The examination team on the case page, by name: the names come from the case's team candidates (the
// same query the team form reads); a person no longer among them is shown by id.
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { EthicsCaseRecord } from '../providers/api-types';
import type { EtikDataProvider } from '../providers/data-provider';
import { formatDateTime } from '../shared/time';
import { Fact } from './CaseSection';
import { useCaseZone } from './case-zone';

export function ExaminationTeamFact({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data: candidates = [] } = useQuery({
    queryKey: ['cases', String(record.id), 'examinationTeamCandidates'],
    queryFn: () => dataProvider.examinationTeamCandidates(String(record.id)),
    retry: false,
  });
  const team = record.examinationTeam;
  if (!team) return null;
  const nameOf = (personId: string) =>
    candidates.find((candidate) => candidate.personId === personId)?.name ?? personId;
  return (
    <Fact term={translate('case.examinationTeam')}>
      {`${translate('case.chair')}: ${nameOf(team.chairPersonId)}\n${translate('case.members')}: ${team.memberPersonIds.map(nameOf).join(', ')}\n${translate('case.formedAt')}: ${formatDateTime(team.formedAt, locale, zone)}`}
    </Fact>
  );
}
