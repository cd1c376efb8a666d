// Appoints a member to the body (`appointMember`): a new person (NIK, name…) or one of the body's ranked
// candidates, the position, the appointment, oath and integrity-pact dates and the decree. A full body is
// said plainly with its seats; a person dismissed permanently before needs an explicit confirmation, and
// only then is the appointment sent again with `confirmPreviousDismissal`.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import {
  useDataProvider,
  useGetList,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { POSITIONS, SEXES } from '@etik/domain';
import type { AppointMemberInput } from '../providers/appointment-provider';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import type { BodyRecord, MemberRecord } from '../providers/directory-types';
import { ApiError, isApiError } from '../providers/graphql-client';
import { useDomainLabel } from '../shared/domain-labels';
import { dateInputToIso } from '../shared/time';
import { mayKeepMembers } from '../members/MembershipActions';

type Who = 'newPerson' | 'candidate';

type PersonField = 'nik' | 'name' | 'sex' | 'birthDate' | 'address' | 'phone' | 'email';

interface Values {
  readonly who: Who;
  readonly person: Readonly<Record<PersonField, string>>;
  readonly membershipId: string;
  readonly position: string;
  readonly appointedAt: string;
  readonly oathTakenAt: string;
  readonly integrityPactSignedAt: string;
  readonly reference: string;
}

const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

const EMPTY_PERSON = { nik: '', name: '', sex: '', birthDate: '', address: '', phone: '', email: '' };

/** The form's values → the API's input (dates are days: midnight WIB, as the domain counts them). */
export function appointmentOf(
  bodyId: string,
  values: Values,
  confirmPreviousDismissal = false,
): AppointMemberInput {
  const oathTakenAt = dateInputToIso(values.oathTakenAt);
  const integrityPactSignedAt = dateInputToIso(values.integrityPactSignedAt);
  return {
    bodyId,
    ...(values.who === 'candidate'
      ? { membershipId: values.membershipId }
      : { person: { ...values.person, nik: values.person.nik.replace(/\s+/g, '') } }),
    position: values.position,
    appointedAt: dateInputToIso(values.appointedAt) ?? new Date().toISOString(),
    ...(oathTakenAt ? { oathTakenAt } : {}),
    ...(integrityPactSignedAt ? { integrityPactSignedAt } : {}),
    reference: values.reference,
    ...(confirmPreviousDismissal ? { confirmPreviousDismissal: true } : {}),
  };
}

/** Where a refusal belongs: a field of the form, or the dialog as a whole. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  NIK_TAKEN: 'nik',
  INVALID_NIK: 'nik',
  INVALID_EMAIL: 'email',
  INVALID_PHONE: 'phone',
  APPOINTMENT_REQUIREMENTS_MISSING: 'oathTakenAt',
  ALREADY_MEMBER: 'who',
};

export function AppointMemberDialog() {
  const body = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  const label = useDomainLabel();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => ({
    who: 'newPerson',
    person: EMPTY_PERSON,
    membershipId: '',
    position: 'member',
    appointedAt: today(),
    oathTakenAt: today(),
    integrityPactSignedAt: today(),
    reference: '',
  }));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const { data: candidates = [] } = useGetList<MemberRecord>(
    'members',
    {
      filter: { bodyId: body?.id, statuses: ['candidate'] },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'body', order: 'ASC' },
    },
    { enabled: open && Boolean(body?.id) },
  );
  if (!body || body.dissolvedAt || !mayKeepMembers(permissions)) return null;

  const set = (changes: Partial<Values>) => setValues((current) => ({ ...current, ...changes }));
  const setPerson = (field: PersonField, value: string) =>
    setValues((current) => ({ ...current, person: { ...current.person, [field]: value } }));
  const refusal = isApiError(error) ? error : undefined;
  const fieldError = (field: string) =>
    refusal && FIELD_OF_CODE[refusal.code] === field ? translate(refusal.message) : undefined;
  const ready =
    (values.who === 'candidate'
      ? values.membershipId !== ''
      : values.person.nik.trim() !== '' && values.person.name.trim() !== '') && values.appointedAt !== '';

  async function send(confirmPreviousDismissal: boolean) {
    setBusy(true);
    try {
      await dataProvider.appointMember(appointmentOf(String(body!.id), values, confirmPreviousDismissal));
      notify('appointment.done', { type: 'info' });
      setOpen(false);
      setError(undefined);
      set({ person: EMPTY_PERSON, membershipId: '', reference: '' });
      refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('BAD_RESPONSE'));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const textField = (field: PersonField, type = 'text', required = false) => (
    <TextField
      key={field}
      size="small"
      id={`appoint-${field}`}
      type={type}
      required={required}
      label={translate(`appointment.${field}`)}
      value={values.person[field]}
      onChange={(event) => setPerson(field, event.target.value)}
      error={Boolean(fieldError(field))}
      helperText={fieldError(field)}
      slotProps={type === 'date' ? { inputLabel: { shrink: true } } : {}}
    />
  );
  const dateField = (field: 'appointedAt' | 'oathTakenAt' | 'integrityPactSignedAt') => (
    <TextField
      size="small"
      id={`appoint-${field}`}
      type="date"
      required={field === 'appointedAt'}
      label={translate(`appointment.${field}`)}
      value={values[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={Boolean(fieldError(field))}
      helperText={fieldError(field)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('appointment.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="appoint-title"
        fullWidth
        maxWidth="sm"
      >
        <Box component="form" onSubmit={submit} noValidate>
          <DialogTitle id="appoint-title">{translate('appointment.title', { body: body.name })}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 1.5 }}>
            <RadioGroup
              row
              aria-label={translate('appointment.who')}
              value={values.who}
              onChange={(event) => set({ who: event.target.value as Who })}
            >
              <FormControlLabel
                value="newPerson"
                control={<Radio />}
                label={translate('appointment.newPerson')}
              />
              <FormControlLabel
                value="candidate"
                control={<Radio />}
                label={translate('appointment.candidate')}
              />
            </RadioGroup>
            {values.who === 'newPerson' ? (
              <>
                {textField('nik', 'text', true)}
                {textField('name', 'text', true)}
                <TextField
                  select
                  size="small"
                  id="appoint-sex"
                  label={translate('appointment.sex')}
                  value={values.person.sex}
                  onChange={(event) => setPerson('sex', event.target.value)}
                >
                  <MenuItem value="">—</MenuItem>
                  {SEXES.map((sex) => (
                    <MenuItem key={sex} value={sex}>
                      {label('sex', sex)}
                    </MenuItem>
                  ))}
                </TextField>
                {textField('birthDate', 'date')}
                {textField('address')}
                {textField('phone', 'tel')}
                {textField('email', 'email')}
              </>
            ) : candidates.length === 0 ? (
              <Alert severity="info">{translate('appointment.noCandidates')}</Alert>
            ) : (
              <TextField
                select
                size="small"
                required
                id="appoint-candidate"
                label={translate('appointment.candidateLabel')}
                value={values.membershipId}
                onChange={(event) => set({ membershipId: event.target.value })}
                error={Boolean(fieldError('who'))}
                helperText={fieldError('who')}
              >
                {candidates.map((candidate) => (
                  <MenuItem key={candidate.id} value={String(candidate.id)}>
                    {translate('appointment.candidateItem', {
                      rank: candidate.selectionRank ?? '–',
                      name: candidate.person.name,
                    })}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              select
              size="small"
              required
              id="appoint-position"
              label={translate('appointment.position')}
              value={values.position}
              onChange={(event) => set({ position: event.target.value })}
            >
              {POSITIONS.map((position) => (
                <MenuItem key={position} value={position}>
                  {label('position', position)}
                </MenuItem>
              ))}
            </TextField>
            {dateField('appointedAt')}
            {dateField('oathTakenAt')}
            {dateField('integrityPactSignedAt')}
            <TextField
              size="small"
              id="appoint-reference"
              label={translate('appointment.reference')}
              value={values.reference}
              onChange={(event) => set({ reference: event.target.value })}
            />
            <AppointRefusal
              error={refusal}
              busy={busy}
              onConfirm={() => void send(true)}
              shownAtField={Boolean(refusal && FIELD_OF_CODE[refusal.code])}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('appointment.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={busy || !ready}>
              {translate('appointment.submit')}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </>
  );
}

/** A refusal not shown at a field: a full body with its seats, a dismissal to confirm, or the API's words. */
function AppointRefusal({
  error,
  busy,
  onConfirm,
  shownAtField,
}: {
  readonly error: ApiError | undefined;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly shownAtField: boolean;
}) {
  const translate = useTranslate();
  if (!error || shownAtField) return null;
  if (error.code === 'SEATS_FULL') {
    return (
      <Alert severity="error" role="alert">
        {translate('appointment.seatsFull', {
          seats: error.extensions.seats ?? '?',
          taken: error.extensions.taken ?? error.extensions.active ?? '?',
        })}
      </Alert>
    );
  }
  if (error.code === 'PREVIOUSLY_DISMISSED') {
    return (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" size="small" disabled={busy} onClick={onConfirm}>
            {translate('appointment.confirmDismissed')}
          </Button>
        }
      >
        <AlertTitle>{translate('appointment.dismissedTitle')}</AlertTitle>
        {translate('appointment.dismissedBody')}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      {translate(error.message, { _: error.serverMessage ?? error.code })}
    </Alert>
  );
}
