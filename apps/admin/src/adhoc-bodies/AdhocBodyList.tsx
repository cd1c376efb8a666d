// PPK, PPS, KPPS and Pantarlih formed by the commissions in the user's jurisdiction, from the API's
// `bodies` connection: searched, filtered (type, commission, region and everything under it) and paged there.
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { BODY_TYPES } from '@etik/domain';
import type { Permissions } from '../providers/auth-provider';
import type { BodyRecord } from '../providers/directory-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { ResponsiveList } from '../shared/ResponsiveList';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="types"
    source="types"
    label="resources.adhoc-bodies.fields.type"
    choices={choicesOf('bodyType', BODY_TYPES)}
    alwaysOn
  />,
  <ReferenceInput key="commissionId" source="commissionId" reference="commissions">
    <SelectInput label="resources.adhoc-bodies.fields.commissionId" optionText="name" />
  </ReferenceInput>,
  <TextInput key="regionCode" source="regionCode" label="directory.bodies.regionCode" />,
];

/** Roles that form, rename and dissolve bodies (the API's BODY_KEEPERS): the others are not offered it. */
export const BODY_KEEPERS: readonly string[] = ['officer', 'commissioner', 'nationalAdmin'];

function BodyListActions() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      <FilterButton />
      {permissions && BODY_KEEPERS.includes(permissions.role) ? <CreateButton /> : null}
    </TopToolbar>
  );
}

export function AdhocBodyList() {
  const label = useDomainLabel();
  return (
    <List
      filters={filters}
      actions={<BodyListActions />}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      perPage={25}
    >
      <ResponsiveList<BodyRecord>
        primary={(record) => record.name}
        secondary={(record) =>
          `${label('bodyType', record.type)} · ${record.region?.name ?? record.regionCode}`
        }
        tertiary={(record) => String(record.activeMemberCount)}
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="name" label="resources.adhoc-bodies.fields.name" />
          <FunctionField<BodyRecord>
            label="resources.adhoc-bodies.fields.type"
            sortable={false}
            render={(record) => label('bodyType', record.type)}
          />
          <FunctionField<BodyRecord>
            label="resources.adhoc-bodies.fields.regionCode"
            sortBy="region"
            render={(record) => `${record.region?.name ?? ''} (${record.regionCode})`}
          />
          <TextField
            source="commission.name"
            label="resources.adhoc-bodies.fields.commissionId"
            sortable={false}
          />
          <NumberField source="activeMemberCount" label="directory.bodies.activeMembers" sortable={false} />
          <NumberField source="vacancies" label="directory.bodies.vacancies" sortable={false} />
        </Datagrid>
      </ResponsiveList>
    </List>
  );
}
