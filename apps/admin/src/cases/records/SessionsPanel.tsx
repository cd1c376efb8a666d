// Clarification and examination sessions: the schedule (time, place or online link, agenda), the
// summons sent to each party, who attended, and the minutes (Berita Acara). Each button only where the
// API's availableRecordActions allows it, per session.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import {
  DateTimeInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import {
  ATTENDANCE_STATUSES,
  SUMMONS_METHODS,
  type AttendanceStatus,
  type SessionKind,
  type SummonsMethod,
} from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { CaseRecords, CaseSession, SessionParty } from '../../providers/records-types';
import { choicesOf, useDomainLabel } from '../../shared/domain-labels';
import { formatDateTime, isoToLocalInput, localInputToIso } from '../../shared/time';
import { canTake, schedulableKinds } from './record-actions';
import { RecordActionButton } from './RecordDialog';
import { hasComplainant, OTHER_PARTY, OTHER_ROLES, partyInputOf, partyKey } from './session-parties';
import { trimmedText } from '../../shared/text';
import { useCaseZone } from '../case-zone';

function usePartyName(record: EthicsCaseRecord) {
  const translate = useTranslate();
  const label = useDomainLabel();
  return (party: SessionParty): string => {
    const role = label('partyRole', party.role);
    if (party.identityMasked) return `${role} (${translate('records.session.masked')})`;
    const name =
      party.name ??
      record.respondents.find((respondent) => respondent.membershipId === party.membershipId)?.name ??
      party.membershipId;
    return name ? `${role}: ${name}` : role;
  };
}

function OtherPartyInputs() {
  const party = useWatch({ name: 'party' }) as string | undefined;
  if (party !== OTHER_PARTY) return null;
  return (
    <>
      <SelectInput
        source="otherRole"
        label="records.session.otherRole"
        choices={choicesOf('partyRole', OTHER_ROLES)}
        validate={required()}
        fullWidth
      />
      <TextInput source="otherName" label="records.session.otherName" validate={required()} fullWidth />
    </>
  );
}

function SummonsInputs({
  record,
  session,
}: {
  readonly record: EthicsCaseRecord;
  readonly session: CaseSession;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const summoned = new Set(session.summons.map((summons) => partyKey(summons.party)));
  const choices = [
    ...record.respondents.map((respondent) => ({
      id: `respondent:${respondent.membershipId}`,
      name: `${label('partyRole', 'respondent')}: ${respondent.name ?? respondent.membershipId}`,
    })),
    ...(hasComplainant(record) ? [{ id: 'complainant', name: label('partyRole', 'complainant') }] : []),
  ].filter((choice) => !summoned.has(choice.id));
  return (
    <>
      <SelectInput
        source="party"
        label="records.session.party"
        choices={[...choices, { id: OTHER_PARTY, name: translate('records.session.otherParty') }]}
        translateChoice={false}
        validate={required()}
        fullWidth
      />
      <OtherPartyInputs />
      <SelectInput
        source="method"
        label="records.session.method"
        choices={choicesOf('summonsMethod', SUMMONS_METHODS)}
        validate={required()}
        fullWidth
      />
      <DateTimeInput source="sentAt" label="records.session.sentAt" validate={required()} fullWidth />
      <TextInput source="reference" label="records.session.reference" fullWidth />
    </>
  );
}

function NamedList({
  label,
  empty,
  items,
}: {
  readonly label: string;
  readonly empty: string;
  readonly items: ReactNode[];
}) {
  return (
    <>
      <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
        {label}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <Box component="ul" aria-label={label} sx={{ pl: 2, m: 0 }}>
          {items}
        </Box>
      )}
    </>
  );
}

function SessionItem({
  session,
  record,
  records,
}: {
  readonly session: CaseSession;
  readonly record: EthicsCaseRecord;
  readonly records: CaseRecords;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const partyName = usePartyName(record);
  const which = translate('records.session.which', {
    kind: label('sessionKind', session.kind),
    at: formatDateTime(session.scheduledAt, locale, zone),
  });
  const headingId = `session-${session.id}`;
  const summonedChoices = session.summons.map((summons) => ({
    id: partyKey(summons.party),
    name: partyName(summons.party),
  }));
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        {which}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          m: 0,
        }}
      >
        {session.place && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.session.place')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {session.place}
            </Typography>
          </>
        )}
        {session.onlineLink && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.session.onlineLink')}
            </Typography>
            <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {session.onlineLink}
            </Typography>
          </>
        )}
        {session.agenda && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.session.agenda')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {session.agenda}
            </Typography>
          </>
        )}
      </Box>
      <NamedList
        label={translate('records.session.summons')}
        empty={translate('records.session.noSummons')}
        items={session.summons.map((summons) => (
          <li key={partyKey(summons.party)}>
            {[
              partyName(summons.party),
              label('summonsMethod', summons.method),
              formatDateTime(summons.sentAt, locale, zone),
              summons.reference,
            ]
              .filter(Boolean)
              .join(' · ')}
          </li>
        ))}
      />
      <NamedList
        label={translate('records.session.attendance')}
        empty={translate('records.session.noAttendance')}
        items={session.attendance.map((attendance) => (
          <li key={partyKey(attendance.party)}>
            {`${partyName(attendance.party)} — ${label('attendanceStatus', attendance.status)}${attendance.note ? ` (${attendance.note})` : ''}`}
          </li>
        ))}
      />
      {session.minutes && (
        <>
          <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
            {translate('records.session.minutes')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {`${session.minutes.reference} (${formatDateTime(session.minutes.recordedAt, locale, zone)})\n${session.minutes.summary}${session.outcomeNotes ? `\n${session.outcomeNotes}` : ''}`}
          </Typography>
        </>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        {canTake(records, 'recordSummons', session.id) && (
          <RecordActionButton
            action="recordSummons"
            records={records}
            label={translate('records.session.recordSummons')}
            subject={which}
            defaultValues={{ sentAt: isoToLocalInput(new Date()), method: 'letter' }}
            toArgs={(values) => ({
              sessionId: session.id,
              party: partyInputOf(String(values.party), { role: values.otherRole, name: values.otherName }),
              method: values.method as SummonsMethod,
              sentAt: localInputToIso(values.sentAt) ?? '',
              ...(trimmedText(values.reference) ? { reference: trimmedText(values.reference) } : {}),
            })}
          >
            <SummonsInputs record={record} session={session} />
          </RecordActionButton>
        )}
        {canTake(records, 'recordAttendance', session.id) && (
          <RecordActionButton
            action="recordAttendance"
            records={records}
            label={translate('records.session.recordAttendance')}
            subject={which}
            toArgs={(values) => ({
              sessionId: session.id,
              party: partyInputOf(String(values.party)),
              status: values.status as AttendanceStatus,
              ...(trimmedText(values.note) ? { note: trimmedText(values.note) } : {}),
            })}
          >
            <SelectInput
              source="party"
              label="records.session.party"
              choices={summonedChoices}
              translateChoice={false}
              helperText="records.session.attendanceHelp"
              validate={required()}
              fullWidth
            />
            <RadioButtonGroupInput
              source="status"
              label="records.session.status"
              choices={choicesOf('attendanceStatus', ATTENDANCE_STATUSES)}
              validate={required()}
            />
            <TextInput source="note" label="records.session.note" fullWidth />
          </RecordActionButton>
        )}
        {canTake(records, 'recordSessionMinutes', session.id) && (
          <RecordActionButton
            action="recordSessionMinutes"
            records={records}
            label={translate('records.session.recordMinutes')}
            subject={which}
            toArgs={(values) => ({
              sessionId: session.id,
              reference: trimmedText(values.reference) ?? '',
              summary: trimmedText(values.summary) ?? '',
              ...(trimmedText(values.outcomeNotes) ? { outcomeNotes: trimmedText(values.outcomeNotes) } : {}),
            })}
          >
            <TextInput
              source="reference"
              label="records.session.minutesReference"
              validate={required()}
              fullWidth
            />
            <TextInput
              source="summary"
              label="records.session.summary"
              validate={required()}
              multiline
              minRows={3}
              fullWidth
            />
            <TextInput source="outcomeNotes" label="records.session.outcomeNotes" multiline fullWidth />
          </RecordActionButton>
        )}
      </Stack>
    </Box>
  );
}

/** A place or an online link: the API refuses a session with neither. */
const placeOrLink = (value: unknown, values: Record<string, unknown>) =>
  trimmedText(value) || trimmedText(values.onlineLink) ? undefined : 'records.session.placeHelp';

function ScheduleButton({ kind, records }: { readonly kind: SessionKind; readonly records: CaseRecords }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  return (
    <RecordActionButton
      action="scheduleSession"
      records={records}
      variant="contained"
      label={translate('records.session.schedule', { kind: label('sessionKind', kind).toLowerCase() })}
      toArgs={(values) => ({
        kind,
        scheduledAt: localInputToIso(values.scheduledAt) ?? '',
        ...(trimmedText(values.place) ? { place: trimmedText(values.place) } : {}),
        ...(trimmedText(values.onlineLink) ? { onlineLink: trimmedText(values.onlineLink) } : {}),
        ...(trimmedText(values.agenda) ? { agenda: trimmedText(values.agenda) } : {}),
      })}
    >
      <DateTimeInput
        source="scheduledAt"
        label="records.session.scheduledAt"
        validate={required()}
        fullWidth
      />
      <TextInput
        source="place"
        label="records.session.place"
        helperText="records.session.placeHelp"
        validate={placeOrLink}
        fullWidth
      />
      <TextInput source="onlineLink" label="records.session.onlineLink" type="url" fullWidth />
      <TextInput source="agenda" label="records.session.agenda" multiline fullWidth />
    </RecordActionButton>
  );
}

export function SessionsPanel({
  record,
  records,
}: {
  readonly record: EthicsCaseRecord;
  readonly records: CaseRecords;
}) {
  const translate = useTranslate();
  const kinds = schedulableKinds(records);
  return (
    <>
      {records.sessions.length === 0 ? (
        <Typography color="text.secondary">{translate('records.session.none')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={translate('records.sections.sessions')}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {records.sessions.map((session) => (
            <SessionItem key={session.id} session={session} record={record} records={records} />
          ))}
        </Box>
      )}
      {kinds.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }}>
          {kinds.map((kind) => (
            <ScheduleButton key={kind} kind={kind} records={records} />
          ))}
        </Stack>
      )}
    </>
  );
}
