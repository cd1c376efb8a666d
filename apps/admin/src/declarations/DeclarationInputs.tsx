// The fields a declaration has (declare and edit): the relative, the relation, the relative's role, when.
import { DateTimeInput, SelectInput, TextInput, required } from 'react-admin';
import { FAMILY_RELATIONS, RELATIVE_ROLES } from '@etik/domain';
import { choicesOf } from '../shared/domain-labels';

export function DeclarationInputs({ disabled = false }: { readonly disabled?: boolean }) {
  return (
    <>
      <TextInput
        source="relativeName"
        label="directory.declarations.relativeName"
        validate={required()}
        disabled={disabled}
        fullWidth
      />
      <SelectInput
        source="relation"
        label="directory.declarations.relation"
        choices={choicesOf('familyRelation', FAMILY_RELATIONS)}
        validate={required()}
        disabled={disabled}
      />
      <SelectInput
        source="relativeRole"
        label="directory.declarations.relativeRole"
        choices={choicesOf('relativeRole', RELATIVE_ROLES)}
        validate={required()}
        disabled={disabled}
      />
      <DateTimeInput
        source="declaredAt"
        label="directory.declarations.declaredAt"
        validate={required()}
        disabled={disabled}
      />
      <TextInput
        source="relativePersonId"
        label="directory.declarations.relativePersonId"
        helperText="directory.declarations.relativePersonIdHelp"
        disabled={disabled}
      />
    </>
  );
}
