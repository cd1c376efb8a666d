// Renames a body (`updateAdhocBody`) with the version last read; a CONFLICT offers to reload rather than
// overwrite someone else's change. Type, region and polling station are what the body is: not editable.
import { useState } from 'react';
import {
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useNotify,
  useRedirect,
  useRefresh,
} from 'react-admin';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';

export function AdhocBodyEdit() {
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [conflict, setConflict] = useState(false);
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
        mutationMode="pessimistic"
        redirect="show"
        mutationOptions={{
          onError: (error: unknown) => {
            if (isApiError(error) && error.isConflict) setConflict(true);
            else
              notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'warning' });
          },
          // Replacing react-admin's onSuccess replaces its redirect too: back to the body, renamed.
          onSuccess: (data: { id: string }) => {
            notify('directory.bodies.renamed', { type: 'info' });
            redirect('show', 'adhoc-bodies', data.id);
          },
        }}
      >
        <SimpleForm
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
        >
          <TextInput
            source="name"
            label="resources.adhoc-bodies.fields.name"
            validate={required()}
            fullWidth
          />
        </SimpleForm>
      </Edit>
    </>
  );
}
