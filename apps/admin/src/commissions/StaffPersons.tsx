// The accounts of a commission with the person record behind each (`staffPersons`). An account without one
// — a commissioner or examiner cannot sit on an examination team without it — is given one here (NIK,
// name, sex) with `giveUserPerson`, with the account's version; the API's refusals (an invalid NIK, a NIK
// already someone's, CONFLICT) are shown in the dialog in words.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { EtikDataProvider } from '../providers/data-provider';
import type { NewStaffPerson, StaffPerson } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';
import { useDomainLabel } from '../shared/domain-labels';

const staffKey = (commissionId: string) => ['commissions', commissionId, 'staff'] as const;

function GivePersonButton({
  staff,
  commissionId,
}: {
  readonly staff: StaffPerson;
  readonly commissionId: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [person, setPerson] = useState<NewStaffPerson>({ nik: '', name: staff.displayName });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const reload = () => {
    setOpen(false);
    setError(undefined);
    void queryClient.invalidateQueries({ queryKey: staffKey(commissionId) });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await dataProvider.giveUserPerson(staff, person);
      notify('directory.staff.given', { type: 'info', messageArgs: { username: staff.username } });
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const title = `${translate('directory.staff.give')}: ${staff.username}`;
  return (
    <>
      <Button size="small" aria-label={title} onClick={() => setOpen(true)}>
        {translate('directory.staff.give')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
            <TextField
              required
              label={translate('directory.staff.nik')}
              value={person.nik}
              onChange={(event) => setPerson({ ...person, nik: event.target.value })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 16 } }}
            />
            <TextField
              required
              label={translate('directory.staff.name')}
              value={person.name}
              onChange={(event) => setPerson({ ...person, name: event.target.value })}
            />
            <TextField
              select
              label={translate('directory.staff.sex')}
              value={person.sex ?? ''}
              onChange={(event) =>
                setPerson({
                  ...person,
                  ...(event.target.value
                    ? { sex: event.target.value as 'male' | 'female' }
                    : { sex: undefined }),
                })
              }
            >
              <MenuItem value="">{translate('directory.staff.sexUnknown')}</MenuItem>
              <MenuItem value="female">{translate('directory.staff.female')}</MenuItem>
              <MenuItem value="male">{translate('directory.staff.male')}</MenuItem>
            </TextField>
            {isApiError(error) && error.isConflict ? (
              <ConflictAlert onReload={reload} />
            ) : error !== undefined ? (
              <Alert severity="error" role="alert">
                {translate(isApiError(error) ? error.message : 'ra.notification.http_error', {
                  _: translate('ra.notification.http_error'),
                })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('commands.cancel')}</Button>
            <Button
              type="submit"
              variant="contained"
              disabled={
                busy || !person.nik.trim() || !person.name.trim() || (isApiError(error) && error.isConflict)
              }
            >
              {translate('commands.submit')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}

export function StaffPersons({ commissionId }: { readonly commissionId: string }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const {
    data = [],
    isPending,
    error,
  } = useQuery({
    queryKey: staffKey(commissionId),
    queryFn: () => dataProvider.staffPersons(commissionId),
  });
  return (
    <section aria-labelledby="commission-staff">
      <Typography id="commission-staff" variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('directory.staff.title')}
      </Typography>
      {error ? (
        <Alert severity="error" role="alert">
          {translate(isApiError(error) ? error.message : 'ra.notification.http_error', {
            _: translate('ra.notification.http_error'),
          })}
        </Alert>
      ) : (
        <Table size="small" aria-label={translate('directory.staff.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('directory.users.username')}</TableCell>
              <TableCell>{translate('directory.users.displayName')}</TableCell>
              <TableCell>{translate('directory.users.role')}</TableCell>
              <TableCell>{translate('directory.staff.person')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {isPending && (
              <TableRow>
                <TableCell colSpan={4}>{translate('ra.page.loading')}</TableCell>
              </TableRow>
            )}
            {data.map((staff) => (
              <TableRow key={staff.userId}>
                <TableCell>{staff.username}</TableCell>
                <TableCell>{staff.displayName}</TableCell>
                <TableCell>{label('role', staff.role)}</TableCell>
                <TableCell>
                  {staff.personId ? (
                    `${staff.name ?? ''} (${staff.personId})`
                  ) : (
                    <GivePersonButton staff={staff} commissionId={commissionId} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
