// A chair and two members for the Tim Pemeriksa. Candidates come from the provider when the API can list
// them (api-adapter.ts: examinerCandidates); until then the clerk types person ids, helped by a datalist.
import { useQuery } from '@tanstack/react-query';
import { TextInput, required, useDataProvider } from 'react-admin';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { EtikDataProvider } from '../../providers/data-provider';

const LIST_ID = 'examiner-candidates';

export function ExaminationTeamInputs({ record }: { readonly record: EthicsCaseRecord }) {
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data: candidates = [] } = useQuery({
    queryKey: ['cases', 'examinerCandidates', record.id],
    queryFn: () =>
      dataProvider.examinerCandidates ? dataProvider.examinerCandidates(record.id) : Promise.resolve([]),
  });
  const inputProps = { list: LIST_ID, autoComplete: 'off' };
  return (
    <>
      <TextInput
        source="chairPersonId"
        label="commands.fields.chairPersonId"
        helperText="commands.fields.personHelp"
        validate={required()}
        fullWidth
        inputProps={inputProps}
      />
      <TextInput
        source="member1"
        label="commands.fields.member1"
        validate={required()}
        fullWidth
        inputProps={inputProps}
      />
      <TextInput
        source="member2"
        label="commands.fields.member2"
        validate={required()}
        fullWidth
        inputProps={inputProps}
      />
      <datalist id={LIST_ID}>
        {candidates.map((candidate) => (
          <option key={candidate.personId} value={candidate.personId}>
            {candidate.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
