// Respondents of a new complaint: pick the member from the ad hoc bodies on record (the API then knows
// exactly who is complained of), or type what the complainant said when the person is not on record.
import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useSourceContext,
} from 'react-admin';
import { BODY_TYPES, POSITIONS } from '@etik/domain';
import type { AdhocBody, Membership } from '../providers/api-types';
import { choicesOf } from '../shared/domain-labels';

function RespondentRow() {
  const { getSource } = useSourceContext();
  const { setValue } = useFormContext();
  const bodyId = useWatch({ name: getSource('bodyId') }) as string | undefined;
  const membershipId = useWatch({ name: getSource('membershipId') }) as string | undefined;
  const { data: bodies = [] } = useGetList<AdhocBody>('adhoc-bodies', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: members = [] } = useGetList<Membership & { id: string }>(
    'members',
    { filter: { bodyId: bodyId ?? '' }, pagination: { page: 1, perPage: 100 } },
    { enabled: Boolean(bodyId) },
  );
  const body = bodies.find((candidate) => candidate.id === bodyId);
  const member = members.find((candidate) => candidate.id === membershipId);

  useEffect(() => {
    if (!member || !body) return;
    setValue(getSource('name'), member.person.name);
    setValue(getSource('position'), member.position);
    setValue(getSource('bodyType'), body.type);
    setValue(getSource('bodyName'), body.name);
  }, [member, body, getSource, setValue]);

  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}
    >
      <SelectInput
        source="bodyId"
        label="wizard.respondentBody"
        choices={bodies.map((candidate) => ({ id: candidate.id, name: candidate.name }))}
        translateChoice={false}
      />
      <SelectInput
        source="membershipId"
        label="wizard.respondentMembership"
        choices={members
          .filter((candidate) => candidate.status === 'active')
          .map((candidate) => ({
            id: candidate.id,
            name: `${candidate.person.name} (${candidate.position})`,
          }))}
        translateChoice={false}
        disabled={!bodyId}
      />
      <TextInput source="name" label="wizard.respondentName" />
      <TextInput source="bodyName" label="wizard.respondentBodyName" />
      <SelectInput
        source="bodyType"
        label="wizard.respondentBodyType"
        choices={choicesOf('bodyType', BODY_TYPES)}
      />
      <SelectInput
        source="position"
        label="wizard.respondentPosition"
        choices={choicesOf('position', POSITIONS)}
      />
    </Box>
  );
}

export function RespondentInputs() {
  return (
    <ArrayInput source="respondents" label="wizard.steps.respondents">
      <SimpleFormIterator disableReordering fullWidth>
        <RespondentRow />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export interface RespondentValues {
  readonly bodyId?: string;
  readonly membershipId?: string;
  readonly name?: string;
  readonly bodyType?: string;
  readonly position?: string;
  readonly bodyName?: string;
}
