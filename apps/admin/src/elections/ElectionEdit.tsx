// Changes an election's name, dates and stages with the version last read. Draft problems show at their
// fields; a CONFLICT offers to reload; any other refusal (STAGE_IN_USE…) is notified in the user's words.
import { useState } from 'react';
import { Edit, SimpleForm, useNotify, useRefresh } from 'react-admin';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';
import { ElectionInputs } from './ElectionInputs';

/** `id` when rendered outside its route (tests); in the app the route gives it. */
export function ElectionEdit({ id }: { readonly id?: string } = {}) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [conflict, setConflict] = useState(false);
  const onError = (error: unknown) => {
    if (isApiError(error) && error.isConflict) return setConflict(true);
    const fieldErrors = isApiError(error)
      ? (error.body as { errors?: object } | undefined)?.errors
      : undefined;
    // The form shows these at their fields; a notification would say it twice.
    if (fieldErrors && Object.keys(fieldErrors).length > 0) return undefined;
    notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'warning' });
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
        {...(id ? { id, resource: 'elections' } : {})}
        title="elections.editTitle"
        mutationMode="pessimistic"
        redirect="show"
        mutationOptions={{ onError, onSuccess: () => notify('elections.saved', { type: 'info' }) }}
      >
        <SimpleForm>
          <ElectionInputs withKind={false} />
        </SimpleForm>
      </Edit>
    </>
  );
}
