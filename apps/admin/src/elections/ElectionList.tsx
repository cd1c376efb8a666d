// Every election, newest first (the API's order); anyone signed in may read it, only the national
// administrator records or changes one.
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import type { Permissions } from '../providers/auth-provider';
import type { ElectionRecord } from '../providers/election-provider';
import { useDomainLabel } from '../shared/domain-labels';

function ListActions() {
  const { permissions } = usePermissions<Permissions>();
  return permissions?.role === 'nationalAdmin' ? (
    <TopToolbar>
      <CreateButton label="elections.create" />
    </TopToolbar>
  ) : null;
}

export function ElectionList() {
  const label = useDomainLabel();
  return (
    <List title="elections.title" actions={<ListActions />} exporter={false} perPage={25}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="name" label="elections.name" sortable={false} />
        <FunctionField<ElectionRecord>
          label="elections.kind"
          render={(record) => label('electionKind', record.kind)}
        />
        <TextField source="startsOn" label="elections.startsOn" sortable={false} />
        <TextField source="endsOn" label="elections.endsOn" sortable={false} />
        <FunctionField<ElectionRecord> label="elections.stages" render={(record) => record.stages.length} />
      </Datagrid>
    </List>
  );
}
