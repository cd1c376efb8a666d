// Create an account: username, display name, role at a commission, and a first password (≥ 12 characters).
import { Create, PasswordInput, SimpleForm, TextInput, minLength, regex, required } from 'react-admin';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '@etik/domain';
import { RoleAndCommissionInputs } from './UserInputs';

export function UserCreate() {
  return (
    <Create title="directory.users.create" redirect="edit">
      <SimpleForm>
        <TextInput
          source="username"
          label="directory.users.username"
          validate={[required(), regex(USERNAME_PATTERN, 'errors.USERNAME_INVALID')]}
          helperText="directory.users.usernameHelp"
        />
        <TextInput source="displayName" label="directory.users.displayName" validate={required()} />
        <RoleAndCommissionInputs />
        <TextInput
          source="personId"
          label="directory.users.personId"
          helperText="directory.users.personIdHelp"
        />
        <PasswordInput
          source="password"
          label="directory.users.password"
          validate={[required(), minLength(PASSWORD_MIN_LENGTH, 'errors.PASSWORD_TOO_SHORT')]}
          autoComplete="new-password"
        />
      </SimpleForm>
    </Create>
  );
}
