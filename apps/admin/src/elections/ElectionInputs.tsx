// The fields of an election and its stage editor (add, remove; the order given is the schedule's).
// A kept stage carries its id in the form's values, so a renamed stage stays the one cases refer to.
import { ArrayInput, DateInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { ELECTION_KINDS } from '@etik/domain';
import { choicesOf } from '../shared/domain-labels';

export function ElectionInputs({ withKind }: { readonly withKind: boolean }) {
  return (
    <>
      {withKind ? (
        <SelectInput
          source="kind"
          label="elections.kind"
          choices={choicesOf('electionKind', ELECTION_KINDS)}
          validate={required()}
        />
      ) : null}
      <TextInput source="name" label="elections.name" validate={required()} fullWidth />
      <DateInput source="startsOn" label="elections.startsOn" validate={required()} />
      <DateInput source="endsOn" label="elections.endsOn" validate={required()} />
      <ArrayInput source="stages" label="elections.stages">
        <SimpleFormIterator inline disableReordering disableClear>
          <TextInput source="name" label="elections.stageName" validate={required()} />
          <DateInput source="startsOn" label="elections.startsOn" validate={required()} />
          <DateInput source="endsOn" label="elections.endsOn" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
