// Who declares: an ad hoc member (their seat), a commissioner or staff member of the commission (their
// person, from `staffPersons`), or the signed-in commissioner or staff member themself; and the election
// the declaration is made for. Keepers of the register (officers, the national administrator) may declare
// for anyone in it; anyone else with a person record declares only their own ties.
import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  required,
  useDataProvider,
  useGetList,
  usePermissions,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import type { MemberRecord } from '../providers/directory-types';
import type { ElectionRecord } from '../providers/election-provider';
import type { Commission } from '../providers/api-types';
import { mayChangeDeclarations } from './DeclarationList';

export type DeclarerKind = 'member' | 'staff' | 'own';

const memberText = (record: MemberRecord | undefined) =>
  record ? `${record.person.name} — ${record.body?.name ?? record.bodyId}` : '';

/** The kinds of declarer this user may choose, the first being the default. */
export function declarerKindsFor(permissions: Permissions | undefined): DeclarerKind[] {
  const kinds: DeclarerKind[] = mayChangeDeclarations(permissions) ? ['member', 'staff'] : [];
  if (permissions?.personId) kinds.push('own');
  return kinds;
}

/** The form's values → the API's: the chosen declarer only, the picker's helpers dropped. */
export function declarerValues(
  data: Record<string, unknown>,
  permissions: Permissions | undefined,
): Record<string, unknown> {
  const { declarerKind, staffCommissionId: _pickerOnly, membershipId, personId, ...rest } = data;
  // Not chosen: the first kind this user may choose (the only one, for a commissioner declaring their own).
  switch ((declarerKind as DeclarerKind | undefined) ?? declarerKindsFor(permissions)[0]) {
    case 'own':
      return { ...rest, personId: permissions?.personId };
    case 'staff':
      return { ...rest, personId };
    default:
      return { ...rest, membershipId };
  }
}

function StaffPicker({ commissionId }: { readonly commissionId: string | undefined }) {
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { data: staff = [], isPending } = useQuery({
    queryKey: ['staffPersons', commissionId],
    queryFn: () => dataProvider.staffPersons(commissionId!),
    enabled: Boolean(commissionId),
  });
  // Only accounts with a person record can declare: the declaration is the person's.
  const choices = staff
    .filter((person) => person.personId)
    .map((person) => ({
      id: person.personId!,
      name: `${person.name ?? person.displayName} (${person.username})`,
    }));
  return (
    <SelectInput
      source="personId"
      label="staffDeclarations.staffPerson"
      choices={choices}
      translateChoice={false}
      isPending={Boolean(commissionId) && isPending}
      validate={required()}
      fullWidth
    />
  );
}

export function DeclarerInputs() {
  const { permissions } = usePermissions<Permissions>();
  const kinds = declarerKindsFor(permissions);
  const kind = (useWatch({ name: 'declarerKind' }) as DeclarerKind | undefined) ?? kinds[0];
  const staffCommissionId = useWatch({ name: 'staffCommissionId' }) as string | undefined;
  const { data: elections = [] } = useGetList<ElectionRecord>('elections', {
    pagination: { page: 1, perPage: 1000 },
  });
  const { data: commissions = [] } = useGetList<Commission>(
    'commissions',
    { pagination: { page: 1, perPage: 1000 } },
    { enabled: permissions?.role === 'nationalAdmin' && kind === 'staff' },
  );
  return (
    <>
      {kinds.length > 1 ? (
        <RadioButtonGroupInput
          source="declarerKind"
          label="staffDeclarations.declarerKind"
          defaultValue={kinds[0]}
          choices={kinds.map((id) => ({ id, name: `staffDeclarations.${id}` }))}
        />
      ) : null}
      {kind === 'member' ? (
        <ReferenceInput source="membershipId" reference="members">
          <AutocompleteInput
            label="directory.declarations.member"
            optionText={memberText}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
      ) : null}
      {kind === 'staff' && permissions?.role === 'nationalAdmin' ? (
        <SelectInput
          source="staffCommissionId"
          label="directory.members.commission"
          choices={commissions.map((commission) => ({ id: commission.id, name: commission.name }))}
          translateChoice={false}
          validate={required()}
          fullWidth
        />
      ) : null}
      {kind === 'staff' ? (
        <StaffPicker
          commissionId={permissions?.role === 'nationalAdmin' ? staffCommissionId : permissions?.commissionId}
        />
      ) : null}
      <SelectInput
        source="electionId"
        label="staffDeclarations.election"
        helperText="staffDeclarations.electionHelp"
        choices={elections.map((election) => ({ id: election.id, name: election.name }))}
        translateChoice={false}
        fullWidth
      />
    </>
  );
}
