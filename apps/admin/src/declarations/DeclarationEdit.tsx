// One declaration: edit its fields, publish or unpublish it (with the public page's URL), or withdraw it
// with a reason. Each change sends the version last read; a CONFLICT offers to reload instead of retrying.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import {
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useDataProvider,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import type { DeclarationRecord } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';
import { formatDateTime } from '../shared/time';
import { DeclarationInputs } from './DeclarationInputs';
import { mayChangeDeclarations } from './DeclarationList';

type OnRefused = (error: unknown) => void;

function PublishPanel({ onRefused }: { readonly onRefused: OnRefused }) {
  const record = useRecordContext<DeclarationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const [published, setPublished] = useState(false);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setPublished(record?.published ?? false);
    setUrl(record?.publishedUrl ?? '');
  }, [record?.published, record?.publishedUrl]);
  if (!record) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await dataProvider.publishDeclaration(record!, published, published ? url : null);
      notify(published ? 'directory.declarations.publishedDone' : 'directory.declarations.unpublishedDone', {
        type: 'info',
      });
      refresh();
    } catch (error) {
      onRefused(error);
    } finally {
      setBusy(false);
    }
  }

  const changed = published !== record.published || (published && url !== (record.publishedUrl ?? ''));
  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby="declaration-publish"
      sx={{ display: 'grid', gap: 1 }}
    >
      <Typography id="declaration-publish" variant="h6" component="h2">
        {translate('directory.declarations.publication')}
      </Typography>
      <FormControlLabel
        control={<Switch checked={published} onChange={(event) => setPublished(event.target.checked)} />}
        label={translate('directory.declarations.publish')}
        disabled={record.withdrawn}
      />
      {published ? (
        <TextField
          size="small"
          type="url"
          required
          id="declaration-published-url"
          label={translate('directory.declarations.publishedUrl')}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          disabled={record.withdrawn}
        />
      ) : null}
      <Box>
        <Button type="submit" variant="contained" disabled={busy || !changed || record.withdrawn}>
          {translate('directory.declarations.savePublication')}
        </Button>
      </Box>
    </Box>
  );
}

function WithdrawPanel({ onRefused }: { readonly onRefused: OnRefused }) {
  const record = useRecordContext<DeclarationRecord>();
  const translate = useTranslate();
  const [locale = 'id'] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  if (record.withdrawn) {
    return (
      <Alert severity="info">
        {translate('directory.declarations.withdrawnOn', {
          at: formatDateTime(record.withdrawnAt, locale),
          reason: record.withdrawalReason ?? '',
        })}
      </Alert>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await dataProvider.withdrawDeclaration(record!, reason);
      notify('directory.declarations.withdrawnDone', { type: 'info' });
      setReason('');
      refresh();
    } catch (error) {
      onRefused(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby="declaration-withdraw"
      sx={{ display: 'grid', gap: 1 }}
    >
      <Typography id="declaration-withdraw" variant="h6" component="h2">
        {translate('directory.declarations.withdraw')}
      </Typography>
      <TextField
        size="small"
        required
        multiline
        id="declaration-withdraw-reason"
        label={translate('directory.declarations.withdrawalReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Box>
        <Button type="submit" variant="outlined" color="warning" disabled={busy || !reason.trim()}>
          {translate('directory.declarations.withdraw')}
        </Button>
      </Box>
    </Box>
  );
}

function DeclarationForm({
  onRefused,
  canChange,
}: {
  readonly onRefused: OnRefused;
  /** Keepers of the register change any declaration; a commissioner or staff member their own. */
  readonly canChange: (record: DeclarationRecord | undefined) => boolean;
}) {
  const record = useRecordContext<DeclarationRecord>();
  const translate = useTranslate();
  const mayChange = canChange(record);
  const locked = !mayChange || Boolean(record?.withdrawn);
  return (
    <>
      {record ? (
        <Typography variant="subtitle1" component="p" sx={{ px: 2, pt: 2 }}>
          {translate('directory.declarations.of', {
            declarer: record.person?.name ?? record.membershipId,
            body: record.membership?.body.name ?? translate('staffDeclarations.staffLabel'),
            version: record.version,
          })}
        </Typography>
      ) : null}
      <SimpleForm
        toolbar={
          locked ? (
            false
          ) : (
            <Toolbar>
              <SaveButton />
            </Toolbar>
          )
        }
      >
        <DeclarationInputs disabled={locked} />
      </SimpleForm>
      {mayChange ? (
        <CardContent sx={{ display: 'grid', gap: 3 }}>
          <PublishPanel onRefused={onRefused} />
          <WithdrawPanel onRefused={onRefused} />
        </CardContent>
      ) : null}
    </>
  );
}

/** `id` when rendered outside its route (tests); in the app the route gives it. */
export function DeclarationEdit({ id }: { readonly id?: string } = {}) {
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Permissions>();
  const [conflict, setConflict] = useState(false);
  const onRefused: OnRefused = (error) => {
    if (isApiError(error) && error.isConflict) setConflict(true);
    else notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'warning' });
  };
  return (
    <>
      {conflict ? (
        <Card sx={{ mt: 1 }}>
          <ConflictAlert
            onReload={() => {
              setConflict(false);
              refresh();
            }}
          />
        </Card>
      ) : null}
      <Edit
        {...(id ? { id, resource: 'declarations' } : {})}
        title="directory.declarations.editTitle"
        mutationMode="pessimistic"
        redirect={false}
        mutationOptions={{
          onError: onRefused,
          onSuccess: () => notify('directory.declarations.savedDone', { type: 'info' }),
        }}
      >
        <DeclarationForm
          onRefused={onRefused}
          canChange={(record) =>
            mayChangeDeclarations(permissions) ||
            Boolean(permissions?.personId && record?.person?.id === permissions.personId)
          }
        />
      </Edit>
    </>
  );
}
