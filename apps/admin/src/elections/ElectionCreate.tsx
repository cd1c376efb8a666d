// Records an election and its stages (national administrator only). The API's problems with the draft
// come back as field errors (election-provider.ts) and show at their fields.
import { Create, SimpleForm } from 'react-admin';
import { ElectionInputs } from './ElectionInputs';

export function ElectionCreate() {
  return (
    <Create title="elections.create" redirect="show">
      <SimpleForm defaultValues={{ kind: 'general', stages: [] }}>
        <ElectionInputs withKind />
      </SimpleForm>
    </Create>
  );
}
