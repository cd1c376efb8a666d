// Members and candidates of the bodies in the user's jurisdiction, searched on the server (`members`):
// name or the start of a NIK, body type, status, position and commission; sorted and paged by the API.
import {
  AutocompleteArrayInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  TextInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { BODY_TYPES, MEMBERSHIP_STATUSES, POSITIONS } from '@etik/domain';
import type { MemberRecord } from '../providers/directory-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { ResponsiveList } from '../shared/ResponsiveList';

const filters = [
  <TextInput key="q" source="q" label="directory.members.search" alwaysOn resettable />,
  <SelectArrayInput
    key="bodyTypes"
    source="bodyTypes"
    label="directory.members.bodyType"
    choices={choicesOf('bodyType', BODY_TYPES)}
    alwaysOn
  />,
  <SelectArrayInput
    key="statuses"
    source="statuses"
    label="directory.members.status"
    choices={choicesOf('membershipStatus', MEMBERSHIP_STATUSES)}
    alwaysOn
  />,
  <AutocompleteArrayInput
    key="positions"
    source="positions"
    label="directory.members.position"
    choices={choicesOf('position', POSITIONS)}
  />,
  <ReferenceInput key="commissionId" source="commissionId" reference="commissions">
    <SelectInput label="directory.members.commission" optionText="name" />
  </ReferenceInput>,
];

export function NikField({ record }: { readonly record: Pick<MemberRecord, 'person'> }) {
  const translate = useTranslate();
  return record.person.personalDataMasked ? (
    <em>{translate('resources.members.masked')}</em>
  ) : (
    <>{record.person.nik ?? ''}</>
  );
}

export function MemberList() {
  const label = useDomainLabel();
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      perPage={25}
      title="directory.members.title"
    >
      <ResponsiveList<MemberRecord>
        primary={(record) => record.person.name}
        secondary={(record) =>
          `${label('position', record.position)} · ${label('membershipStatus', record.status)}`
        }
        tertiary={(record) => record.body.name}
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="name" label="directory.members.name" sortBy="name" />
          <FunctionField<MemberRecord>
            label="directory.members.nik"
            sortable={false}
            render={(record) => <NikField record={record} />}
          />
          <FunctionField<MemberRecord>
            label="directory.members.body"
            sortBy="body"
            render={(record) => `${record.body.name} (${label('bodyType', record.body.type)})`}
          />
          <FunctionField<MemberRecord>
            label="directory.members.position"
            sortable={false}
            render={(record) => label('position', record.position)}
          />
          <FunctionField<MemberRecord>
            label="directory.members.status"
            sortable={false}
            render={(record) => label('membershipStatus', record.status)}
          />
          <TextField source="selectionRank" label="directory.members.rank" sortable={false} emptyText="—" />
          <TextField source="body.commission.name" label="directory.members.commission" sortable={false} />
        </Datagrid>
      </ResponsiveList>
    </List>
  );
}
