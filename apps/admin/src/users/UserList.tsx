// User accounts (national administrator only; the API answers FORBIDDEN to anyone else, and the menu and
// routes are not even registered for them): search, role, commission, active.
import {
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  TextInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ROLES } from '@etik/domain';
import type { UserRecord } from '../providers/directory-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { ResponsiveList } from '../shared/ResponsiveList';

const filters = [
  <TextInput key="q" source="q" label="directory.users.search" alwaysOn resettable />,
  <SelectInput
    key="role"
    source="role"
    label="directory.users.role"
    choices={choicesOf('role', ROLES)}
    alwaysOn
  />,
  <NullableBooleanInput key="active" source="active" label="directory.users.active" alwaysOn />,
  <ReferenceInput key="commissionId" source="commissionId" reference="commissions">
    <SelectInput label="directory.users.commission" optionText="name" />
  </ReferenceInput>,
];

export function UserList() {
  const label = useDomainLabel();
  return (
    <List
      title="directory.users.title"
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton label="directory.users.create" />
        </TopToolbar>
      }
      sort={{ field: 'username', order: 'ASC' }}
      exporter={false}
      perPage={25}
    >
      <ResponsiveList<UserRecord>
        primary={(record) => record.username}
        secondary={(record) =>
          `${label('role', record.role)} · ${record.commission?.name ?? record.commissionId}`
        }
        linkType="edit"
      >
        <Datagrid bulkActionButtons={false} rowClick="edit">
          <TextField source="username" label="directory.users.username" />
          <TextField source="displayName" label="directory.users.displayName" />
          <FunctionField<UserRecord>
            label="directory.users.role"
            sortable={false}
            render={(record) => label('role', record.role)}
          />
          <TextField source="commission.name" label="directory.users.commission" sortable={false} />
          <BooleanField source="active" label="directory.users.active" sortable={false} />
        </Datagrid>
      </ResponsiveList>
    </List>
  );
}
