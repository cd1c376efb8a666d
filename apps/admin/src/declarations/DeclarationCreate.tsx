// Declare a conflict of interest: for an ad hoc member (the member page links here with the membership
// chosen), for a commissioner or staff member of the commission, or one's own (DeclarerInputs).
import {
  BooleanInput,
  Create,
  FormDataConsumer,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
} from 'react-admin';
import { useMemo } from 'react';
import type { Permissions } from '../providers/auth-provider';
import { DeclarationInputs } from './DeclarationInputs';
import { DeclarerInputs, declarerValues } from './DeclarerInputs';

export function DeclarationCreate() {
  const { permissions } = usePermissions<Permissions>();
  // Read once: a form whose defaults change is reset, and would lose the member the member page chose.
  const defaults = useMemo(() => ({ declaredAt: new Date().toISOString(), published: false }), []);
  return (
    <Create
      title="directory.declarations.declare"
      redirect="edit"
      transform={(data: Record<string, unknown>) => declarerValues(data, permissions)}
    >
      <SimpleForm defaultValues={defaults}>
        <DeclarerInputs />
        <DeclarationInputs />
        <BooleanInput source="published" label="directory.declarations.publish" />
        <FormDataConsumer>
          {({ formData }) =>
            formData.published ? (
              <TextInput
                source="publishedUrl"
                type="url"
                label="directory.declarations.publishedUrl"
                validate={required()}
                fullWidth
              />
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
