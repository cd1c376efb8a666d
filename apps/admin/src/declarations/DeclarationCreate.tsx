// Declare a conflict of interest for a member (the member page links here with the membership chosen).
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import type { MemberRecord } from '../providers/directory-types';
import { DeclarationInputs } from './DeclarationInputs';

const memberText = (record: MemberRecord | undefined) =>
  record ? `${record.person.name} — ${record.body?.name ?? record.bodyId}` : '';

export function DeclarationCreate() {
  return (
    <Create title="directory.declarations.declare" redirect="edit">
      <SimpleForm defaultValues={{ declaredAt: new Date().toISOString(), published: false }}>
        <ReferenceInput source="membershipId" reference="members">
          <AutocompleteInput
            label="directory.declarations.member"
            optionText={memberText}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
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
