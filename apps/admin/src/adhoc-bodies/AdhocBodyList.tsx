// PPK, PPS, KPPS and Pantarlih formed by the commissions in the user's jurisdiction.
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { BODY_TYPES } from '@etik/domain';
import type { AdhocBody } from '../providers/api-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="type"
    source="type"
    label="resources.adhoc-bodies.fields.type"
    choices={choicesOf('bodyType', BODY_TYPES)}
    alwaysOn
  />,
  <ReferenceInput key="commissionId" source="commissionId" reference="commissions">
    <SelectInput label="resources.adhoc-bodies.fields.commissionId" optionText="name" />
  </ReferenceInput>,
];

export function AdhocBodyList() {
  const label = useDomainLabel();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={25}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="name" label="resources.adhoc-bodies.fields.name" />
        <FunctionField<AdhocBody>
          source="type"
          label="resources.adhoc-bodies.fields.type"
          render={(record) => label('bodyType', record.type)}
        />
        <TextField source="regionCode" label="resources.adhoc-bodies.fields.regionCode" />
        <ReferenceField
          source="commissionId"
          reference="commissions"
          label="resources.adhoc-bodies.fields.commissionId"
          link={false}
        />
      </Datagrid>
    </List>
  );
}
