// Members of one ad hoc body: the API lists memberships per body, so a body must be chosen first.
import Alert from '@mui/material/Alert';
import { List, ReferenceInput, SelectInput, useListContext, useTranslate } from 'react-admin';
import { MembershipGrid } from '../adhoc-bodies/AdhocBodyShow';

function MembersOrHint() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  if (!filterValues.bodyId) return <Alert severity="info">{translate('resources.members.chooseBody')}</Alert>;
  return <MembershipGrid />;
}

export function MemberList() {
  return (
    <List
      filters={[
        <ReferenceInput
          key="bodyId"
          source="bodyId"
          reference="adhoc-bodies"
          alwaysOn
          sort={{ field: 'name', order: 'ASC' }}
          perPage={100}
        >
          <SelectInput label="resources.members.fields.bodyId" optionText="name" />
        </ReferenceInput>,
      ]}
      exporter={false}
      perPage={100}
      pagination={false}
      empty={false}
    >
      <MembersOrHint />
    </List>
  );
}
