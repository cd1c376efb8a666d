// A chair and two members for the Tim Pemeriksa, picked by name from examinationTeamCandidates: each
// candidate's conflicts of interest show beside the name and under the seat once chosen, a warning sums
// them up before the team is sent, and the API's CONFLICT_OF_INTEREST refusal is shown under each seat.
// Without candidates (none listed, or the query failed) the clerk types person ids.
import Alert from '@mui/material/Alert';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { TextInput, required, useDataProvider, useInput, useTranslate } from 'react-admin';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { EtikDataProvider } from '../../providers/data-provider';
import { isApiError } from '../../providers/graphql-client';
import type { ExaminationTeamCandidate, TeamConflict } from '../../providers/records-types';
import { useDomainLabel, useMessageLabel } from '../../shared/domain-labels';

const SEATS = [
  { source: 'chairPersonId', label: 'commands.fields.chairPersonId' },
  { source: 'member1', label: 'commands.fields.member1' },
  { source: 'member2', label: 'commands.fields.member2' },
] as const;

/** Typing matches the name (what a clerk knows) or the person id (what a profile page shows). */
const filterCandidates = createFilterOptions<ExaminationTeamCandidate>({
  stringify: (candidate) => `${candidate.name} ${candidate.personId}`,
});

/** A conflict in words: the domain's message, with the party, relation or body it concerns. */
function useConflictText() {
  const message = useMessageLabel();
  const label = useDomainLabel();
  return (conflict: TeamConflict): string => {
    const detail = [
      conflict.relation && label('familyRelation', conflict.relation),
      conflict.partyName,
      conflict.role && label('partyRole', conflict.role),
      conflict.bodyId,
    ].filter(Boolean);
    return `${message(conflict.code)}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  };
}

/** The violations of a CONFLICT_OF_INTEREST refusal, by the person they concern. */
function refusedConflicts(error: unknown): ReadonlyMap<string, TeamConflict[]> {
  const byPerson = new Map<string, TeamConflict[]>();
  if (!isApiError(error) || error.code !== 'CONFLICT_OF_INTEREST') return byPerson;
  const violations =
    (error.extensions.violations as (TeamConflict & { personId?: string })[] | undefined) ?? [];
  for (const violation of violations) {
    if (!violation.personId) continue;
    byPerson.set(violation.personId, [...(byPerson.get(violation.personId) ?? []), violation]);
  }
  return byPerson;
}

function SeatInput({
  source,
  label,
  candidates,
  refusedByPerson,
}: {
  readonly source: string;
  readonly label: string;
  readonly candidates: readonly ExaminationTeamCandidate[];
  /** What the API refused, per person: shown under the seat that person holds. */
  readonly refusedByPerson: ReadonlyMap<string, TeamConflict[]>;
}) {
  const translate = useTranslate();
  const domainLabel = useDomainLabel();
  const conflictText = useConflictText();
  const { field, fieldState, id } = useInput({ source, validate: required() });
  const values = useWatch({ name: SEATS.map((seat) => seat.source) }) as (string | undefined)[];
  const takenElsewhere = new Set(values.filter((value) => value && value !== field.value));
  const chosen = candidates.find((candidate) => candidate.personId === field.value) ?? null;
  const refused: readonly TeamConflict[] = refusedByPerson.get(String(field.value ?? '')) ?? [];
  const conflictsId = `${id}-conflicts`;
  return (
    <Box sx={{ mb: 2 }}>
      <Autocomplete<ExaminationTeamCandidate>
        id={id}
        options={candidates.filter((candidate) => !takenElsewhere.has(candidate.personId))}
        filterOptions={filterCandidates}
        value={chosen}
        onChange={(_, candidate) => field.onChange(candidate?.personId ?? '')}
        onBlur={field.onBlur}
        getOptionLabel={(candidate) => candidate.name}
        isOptionEqualToValue={(option, value) => option.personId === value.personId}
        renderOption={({ key, ...props }, candidate) => (
          <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
            <Typography component="span" sx={{ fontWeight: 500 }}>
              {candidate.name}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary">
              {` — ${domainLabel('role', candidate.role)}, ${candidate.commissionName}`}
            </Typography>
            {candidate.conflicts.length > 0 && (
              <Typography component="span" variant="body2" color="warning.main" sx={{ display: 'block' }}>
                {`${translate('records.team.conflict')}: ${candidate.conflicts.map(conflictText).join('; ')}`}
              </Typography>
            )}
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate(label)}
            required
            margin="dense"
            error={Boolean(fieldState.error) || refused.length > 0}
            helperText={
              fieldState.error ? translate('ra.validation.required') : translate('records.team.pickHelp')
            }
            slotProps={{
              htmlInput: {
                ...params.inputProps,
                ...(chosen?.conflicts.length || refused.length
                  ? { 'aria-describedby': `${id}-helper-text ${conflictsId}` }
                  : {}),
              },
            }}
          />
        )}
      />
      {(chosen?.conflicts.length ?? 0) > 0 || refused.length > 0 ? (
        <Alert id={conflictsId} severity={refused.length ? 'error' : 'warning'} sx={{ mt: 0.5 }}>
          <ul
            aria-label={translate('records.team.conflictsOf', { name: chosen?.name ?? field.value })}
            style={{ margin: 0, paddingLeft: 16 }}
          >
            {(refused.length ? refused : (chosen?.conflicts ?? [])).map((conflict, index) => (
              <li key={`${conflict.code}-${index}`}>{conflictText(conflict)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Box>
  );
}

/** Before sending: who, among those chosen, the API will refuse. */
function ConflictWarning({ candidates }: { readonly candidates: readonly ExaminationTeamCandidate[] }) {
  const translate = useTranslate();
  const values = useWatch({ name: SEATS.map((seat) => seat.source) }) as (string | undefined)[];
  const conflicted = candidates.filter(
    (candidate) => candidate.conflicts.length > 0 && values.includes(candidate.personId),
  );
  if (conflicted.length === 0) return null;
  return (
    <Alert severity="warning" role="status">
      {translate('records.team.warning', { names: conflicted.map((candidate) => candidate.name).join(', ') })}
    </Alert>
  );
}

export function ExaminationTeamInputs({
  record,
  error,
}: {
  readonly record: EthicsCaseRecord;
  readonly error?: unknown;
}) {
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data: candidates, isPending } = useQuery({
    queryKey: ['cases', String(record.id), 'examinationTeamCandidates'],
    queryFn: () => dataProvider.examinationTeamCandidates(String(record.id)),
    retry: false,
  });
  if (isPending) return null;
  if (!candidates || candidates.length === 0) {
    return (
      <>
        {SEATS.map((seat) => (
          <TextInput
            key={seat.source}
            source={seat.source}
            label={seat.label}
            helperText="commands.fields.personHelp"
            validate={required()}
            fullWidth
          />
        ))}
      </>
    );
  }
  const refused = refusedConflicts(error);
  return (
    <>
      {SEATS.map((seat) => (
        <SeatInput
          key={seat.source}
          source={seat.source}
          label={seat.label}
          candidates={candidates}
          refusedByPerson={refused}
        />
      ))}
      <ConflictWarning candidates={candidates} />
    </>
  );
}
