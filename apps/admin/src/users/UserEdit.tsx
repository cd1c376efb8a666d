// Edit an account (display name, role, commission, active) with the version last read, and reset its
// password. A CONFLICT offers to reload; the API's own refusals (SELF_DEMOTION_REFUSED, WEAK_PASSWORD with
// its reason…) are notified.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CardContent from '@mui/material/CardContent';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import {
  BooleanInput,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { PASSWORD_MIN_LENGTH } from '@etik/domain';
import type { EtikDataProvider } from '../providers/data-provider';
import type { UserRecord } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';
import { RoleAndCommissionInputs } from './UserInputs';

function ResetPassword({ onRefused }: { readonly onRefused: (error: unknown) => void }) {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const tooShort = password.length > 0 && password.length < PASSWORD_MIN_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await dataProvider.resetUserPassword(record!, password);
      setPassword('');
      notify('directory.users.passwordReset', { type: 'info' });
      refresh();
    } catch (error) {
      onRefused(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <CardContent>
      <Box
        component="form"
        onSubmit={submit}
        aria-labelledby="user-reset"
        sx={{ display: 'grid', gap: 1, maxWidth: 480 }}
      >
        <Typography id="user-reset" variant="h6" component="h2">
          {translate('directory.users.resetPassword')}
        </Typography>
        <TextField
          size="small"
          type="password"
          required
          autoComplete="new-password"
          id="user-new-password"
          label={translate('directory.users.newPassword')}
          value={password}
          error={tooShort}
          helperText={tooShort ? translate('errors.PASSWORD_TOO_SHORT') : ' '}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Box>
          <Button type="submit" variant="outlined" disabled={busy || password.length < PASSWORD_MIN_LENGTH}>
            {translate('directory.users.resetPassword')}
          </Button>
        </Box>
      </Box>
    </CardContent>
  );
}

export function UserEdit() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [conflict, setConflict] = useState(false);
  const onRefused = (error: unknown) => {
    if (isApiError(error) && error.isConflict) setConflict(true);
    // A weak password says why (contains the username, common, a sequence…), not only that it is weak.
    else if (
      isApiError(error) &&
      error.code === 'WEAK_PASSWORD' &&
      typeof error.extensions.reason === 'string'
    )
      notify(`domain.weakPasswordReason.${error.extensions.reason}`, { type: 'warning' });
    else notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'warning' });
  };
  return (
    <>
      {conflict ? (
        <ConflictAlert
          onReload={() => {
            setConflict(false);
            refresh();
          }}
        />
      ) : null}
      <Edit
        title="directory.users.editTitle"
        mutationMode="pessimistic"
        redirect={false}
        mutationOptions={{
          onError: onRefused,
          onSuccess: () => notify('directory.users.saved', { type: 'info' }),
        }}
      >
        {/* No delete: accounts are deactivated, never removed (the API has no delete). */}
        <SimpleForm
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
        >
          <TextInput source="username" label="directory.users.username" disabled />
          <TextInput source="displayName" label="directory.users.displayName" validate={required()} />
          <RoleAndCommissionInputs />
          <TextInput
            source="personId"
            label="directory.users.personId"
            helperText="directory.users.personIdHelp"
          />
          <BooleanInput source="active" label="directory.users.active" />
        </SimpleForm>
        <ResetPassword onRefused={onRefused} />
      </Edit>
    </>
  );
}
