// Conflict-of-interest declarations of the members in the user's jurisdiction (`conflictDeclarations`):
// filters for published, withdrawn, relation, the relative's role and the commission; newest first.
import {
  BooleanField,
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { FAMILY_RELATIONS, RELATIVE_ROLES } from '@etik/domain';
import type { Permissions } from '../providers/auth-provider';
import type { DeclarationRecord } from '../providers/directory-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { ResponsiveList } from '../shared/ResponsiveList';

/** Officers of the body's commission and the national administrator change declarations (the API checks). */
export const mayChangeDeclarations = (permissions: Permissions | undefined) =>
  permissions?.role === 'officer' || permissions?.role === 'nationalAdmin';

const filters = [
  <NullableBooleanInput
    key="published"
    source="published"
    label="directory.declarations.published"
    alwaysOn
  />,
  <NullableBooleanInput
    key="withdrawn"
    source="withdrawn"
    label="directory.declarations.withdrawn"
    alwaysOn
  />,
  <SelectInput
    key="relation"
    source="relation"
    label="directory.declarations.relation"
    choices={choicesOf('familyRelation', FAMILY_RELATIONS)}
  />,
  <SelectInput
    key="relativeRole"
    source="relativeRole"
    label="directory.declarations.relativeRole"
    choices={choicesOf('relativeRole', RELATIVE_ROLES)}
  />,
  <ReferenceInput key="commissionId" source="commissionId" reference="commissions">
    <SelectInput label="directory.members.commission" optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="byStaff" source="byStaff" label="staffDeclarations.staffLabel" />,
  <ReferenceInput
    key="electionId"
    source="electionId"
    reference="elections"
    label="staffDeclarations.election"
  >
    <SelectInput label="staffDeclarations.election" optionText="name" />
  </ReferenceInput>,
];

function Actions() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      {mayChangeDeclarations(permissions) || permissions?.personId ? (
        <CreateButton label="directory.declarations.declare" />
      ) : null}
    </TopToolbar>
  );
}

export function DeclarationList() {
  const label = useDomainLabel();
  const translate = useTranslate();
  return (
    <List
      title="directory.declarations.title"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'declaredAt', order: 'DESC' }}
      exporter={false}
      perPage={25}
    >
      <ResponsiveList<DeclarationRecord>
        primary={(record) => `${record.person?.name ?? ''} → ${record.relativeName}`}
        secondary={(record) =>
          `${label('familyRelation', record.relation)} · ${label('relativeRole', record.relativeRole)}`
        }
        tertiary={(record) =>
          record.withdrawn
            ? translate('directory.declarations.withdrawnShort')
            : record.published
              ? translate('directory.declarations.publishedShort')
              : ''
        }
        linkType="edit"
      >
        <Datagrid bulkActionButtons={false} rowClick="edit">
          <TextField source="person.name" label="directory.declarations.declarer" sortable={false} />
          <FunctionField<DeclarationRecord>
            label="directory.members.body"
            render={(record) => record.membership?.body.name ?? translate('staffDeclarations.staffLabel')}
          />
          <TextField
            source="election.name"
            label="staffDeclarations.election"
            sortable={false}
            emptyText=""
          />
          <TextField source="relativeName" label="directory.declarations.relativeName" sortable={false} />
          <FunctionField<DeclarationRecord>
            label="directory.declarations.relation"
            render={(record) => label('familyRelation', record.relation)}
          />
          <FunctionField<DeclarationRecord>
            label="directory.declarations.relativeRole"
            render={(record) => label('relativeRole', record.relativeRole)}
          />
          <DateField source="declaredAt" label="directory.declarations.declaredAt" />
          <BooleanField source="published" label="directory.declarations.published" sortable={false} />
          <BooleanField source="withdrawn" label="directory.declarations.withdrawn" sortable={false} />
        </Datagrid>
      </ResponsiveList>
    </List>
  );
}
