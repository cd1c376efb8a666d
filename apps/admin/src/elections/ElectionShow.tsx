// One election and its stages in schedule order; the national administrator may change it.
import {
  ArrayField,
  Datagrid,
  EditButton,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import Typography from '@mui/material/Typography';
import type { Permissions } from '../providers/auth-provider';
import type { ElectionRecord } from '../providers/election-provider';
import { useDomainLabel } from '../shared/domain-labels';

function ShowActions() {
  const { permissions } = usePermissions<Permissions>();
  return permissions?.role === 'nationalAdmin' ? (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  ) : null;
}

export function ElectionShow() {
  const label = useDomainLabel();
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" label="elections.name" />
        <FunctionField<ElectionRecord>
          label="elections.kind"
          render={(record) => label('electionKind', record.kind)}
        />
        <TextField source="startsOn" label="elections.startsOn" />
        <TextField source="endsOn" label="elections.endsOn" />
        <ArrayField source="stages" label="elections.stages">
          <Datagrid
            bulkActionButtons={false}
            rowClick={false}
            empty={<Typography variant="body2">{translate('elections.noStages')}</Typography>}
          >
            <TextField source="name" label="elections.stageName" sortable={false} />
            <TextField source="startsOn" label="elections.startsOn" sortable={false} />
            <TextField source="endsOn" label="elections.endsOn" sortable={false} />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
