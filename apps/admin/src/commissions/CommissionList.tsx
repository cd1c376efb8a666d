// KPU RI, provincial and regency commissions in the user's jurisdiction (the API returns them whole).
import { Datagrid, FunctionField, List, SearchInput, TextField } from 'react-admin';
import type { Commission } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';

export function CommissionList() {
  const label = useDomainLabel();
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      perPage={25}
    >
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="name" label="resources.commissions.fields.name" />
        <FunctionField<Commission>
          source="level"
          label="resources.commissions.fields.level"
          render={(record) => label('commissionLevel', record.level)}
        />
        <TextField source="regionCode" label="resources.commissions.fields.regionCode" />
        <TextField source="id" label="resources.commissions.fields.id" />
      </Datagrid>
    </List>
  );
}
