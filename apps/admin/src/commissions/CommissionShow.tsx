// One commission: what it is, the zone its dates are local to, and its accounts with their person records.
import { FunctionField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import type { Commission } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { StaffPersons } from './StaffPersons';

function Staff() {
  const record = useRecordContext<Commission>();
  return record ? <StaffPersons commissionId={record.id} /> : null;
}

export function CommissionShow() {
  const label = useDomainLabel();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" label="resources.commissions.fields.name" />
        <FunctionField<Commission>
          label="resources.commissions.fields.level"
          render={(record) => label('commissionLevel', record.level)}
        />
        <TextField source="regionCode" label="resources.commissions.fields.regionCode" emptyText="" />
        <TextField source="timeZone" label="resources.commissions.fields.timeZone" emptyText="" />
        <Staff />
      </SimpleShowLayout>
    </Show>
  );
}
