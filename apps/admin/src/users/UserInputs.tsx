// The role and commission of an account. The commissions offered are those at a level the role may hold
// (the domain's ROLE_COMMISSION_LEVELS); the API refuses any other with ROLE_NOT_AT_COMMISSION_LEVEL.
import { useMemo } from 'react';
import { SelectInput, required, useGetList } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ROLE_COMMISSION_LEVELS, ROLES, type Role } from '@etik/domain';
import type { Commission } from '../providers/api-types';
import { choicesOf } from '../shared/domain-labels';

export function RoleAndCommissionInputs() {
  const role = useWatch({ name: 'role' }) as Role | undefined;
  const { data: commissions = [] } = useGetList<Commission>('commissions', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const allowed = useMemo(() => {
    const levels = role ? (ROLE_COMMISSION_LEVELS[role] as readonly string[]) : undefined;
    return commissions.filter((commission) => !levels || levels.includes(commission.level));
  }, [commissions, role]);
  return (
    <>
      <SelectInput
        source="role"
        label="directory.users.role"
        choices={choicesOf('role', ROLES)}
        validate={required()}
      />
      <SelectInput
        source="commissionId"
        label="directory.users.commission"
        choices={allowed}
        optionText="name"
        validate={required()}
      />
    </>
  );
}
