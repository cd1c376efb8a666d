// The completeReplacement form (PAW): for the seat chosen, the reserves the API's replacementCandidates
// lists in rank order; picking one ranked below the next asks why each better-ranked reserve is passed over,
// and an appointment by the PPS (a KPPS seat with no reserve left) asks whom it appoints.
import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateTimeInput, SelectInput, TextInput, required, useDataProvider, useTranslate } from 'react-admin';
import { REPLACEMENT_METHODS, SKIP_REASONS } from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { CommandPayload } from '../../providers/case-documents';
import type { EtikDataProvider } from '../../providers/data-provider';
import type { ReplacementCandidate } from '../../providers/records-types';
import { choicesOf } from '../../shared/domain-labels';
import { localInputToIso } from '../../shared/time';

type Values = Record<string, unknown>;

/** The reserves passed over: those listed before the pick (every one for an appointment by the PPS). */
export function passedOver(
  candidates: readonly ReplacementCandidate[],
  method: unknown,
  replacementMembershipId: unknown,
): readonly ReplacementCandidate[] {
  if (method === 'appointmentByPps') return candidates;
  const index = candidates.findIndex((candidate) => candidate.id === replacementMembershipId);
  return index < 0 ? [] : candidates.slice(0, index);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The mutation's variables: `skipped` holds the ids passed over, `skipReasons` their reasons by position. */
export function replacementPayload(values: Values): CommandPayload {
  const skipped = (values.skipped as string[] | undefined) ?? [];
  const reasons = (values.skipReasons as (string | undefined)[] | undefined) ?? [];
  const byPps = values.method === 'appointmentByPps';
  const person = (values.appointee ?? {}) as Values;
  return {
    vacatedMembershipId: values.vacatedMembershipId,
    method: values.method,
    swornAt: localInputToIso(values.swornAt),
    ...(!byPps && text(values.replacementMembershipId)
      ? { replacementMembershipId: values.replacementMembershipId }
      : {}),
    ...(skipped.length > 0
      ? {
          skippedReserves: skipped.map((membershipId, index) => ({
            membershipId,
            ...(reasons[index] ? { reason: reasons[index] } : {}),
          })),
        }
      : {}),
    ...(byPps
      ? {
          appointee: {
            person: {
              nik: text(person.nik),
              name: text(person.name),
              ...(text(person.sex) ? { sex: text(person.sex) } : {}),
            },
          },
        }
      : {}),
  };
}

export function ReplacementInputs({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { setValue } = useFormContext();
  const replaced = new Set((record.replacements ?? []).map((replacement) => replacement.vacatedMembershipId));
  const vacated = record.respondents.filter((respondent) => !replaced.has(respondent.membershipId));
  const [vacatedId, method, pick] = useWatch({
    name: ['vacatedMembershipId', 'method', 'replacementMembershipId'],
  }) as [string | undefined, string | undefined, string | undefined];
  const { data: facts } = useQuery({
    queryKey: ['cases', String(record.id), 'replacementCandidates', vacatedId],
    queryFn: () => dataProvider.replacementCandidates(String(record.id), vacatedId!),
    enabled: Boolean(vacatedId),
    retry: false,
  });
  const candidates = facts?.candidates ?? [];
  const skipped = passedOver(candidates, method, pick);
  const skippedIds = skipped.map((candidate) => candidate.id).join(' ');
  useEffect(() => {
    setValue('skipped', skippedIds === '' ? [] : skippedIds.split(' '));
  }, [setValue, skippedIds]);
  const nameOf = (candidate: ReplacementCandidate) =>
    `${candidate.person.name} (#${candidate.selectionRank ?? '–'})`;
  const next = candidates.find((candidate) => candidate.id === facts?.nextCandidateId);
  return (
    <>
      <SelectInput
        source="vacatedMembershipId"
        label="commands.fields.vacatedMembershipId"
        choices={vacated.map((respondent) => ({
          id: respondent.membershipId,
          name: respondent.name ?? respondent.membershipId,
        }))}
        translateChoice={false}
        validate={required()}
        fullWidth
      />
      {facts && (
        <Alert severity="info" role="note" sx={{ mb: 1 }}>
          {next
            ? translate('commands.replacement.next', { name: nameOf(next) })
            : translate('commands.replacement.noReserve')}
          {facts.ppsAppointmentAllowed ? ` ${translate('commands.replacement.ppsAllowed')}` : ''}
        </Alert>
      )}
      <SelectInput
        source="method"
        label="commands.fields.method"
        choices={choicesOf('replacementMethod', REPLACEMENT_METHODS)}
        validate={required()}
        fullWidth
      />
      {method !== 'appointmentByPps' && (
        <SelectInput
          source="replacementMembershipId"
          label="commands.fields.replacementMembershipId"
          helperText="commands.fields.replacementHelp"
          choices={candidates.map((candidate) => ({ id: candidate.id, name: nameOf(candidate) }))}
          translateChoice={false}
          fullWidth
        />
      )}
      {skipped.map((candidate, index) => (
        <SelectInput
          key={candidate.id}
          source={`skipReasons.${index}`}
          label={translate('commands.replacement.skipReason', { name: nameOf(candidate) })}
          choices={choicesOf('skipReason', SKIP_REASONS)}
          validate={required()}
          fullWidth
        />
      ))}
      {method === 'appointmentByPps' && (
        <>
          <TextInput
            source="appointee.nik"
            label="commands.replacement.nik"
            validate={required()}
            fullWidth
          />
          <TextInput
            source="appointee.name"
            label="commands.replacement.name"
            validate={required()}
            fullWidth
          />
          <SelectInput
            source="appointee.sex"
            label="commands.replacement.sex"
            choices={choicesOf('sex', ['male', 'female'])}
            fullWidth
          />
        </>
      )}
      <DateTimeInput source="swornAt" label="commands.fields.swornAt" validate={required()} fullWidth />
    </>
  );
}
