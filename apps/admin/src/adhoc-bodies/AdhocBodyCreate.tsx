// Forms a PPK, PPS, KPPS or Pantarlih (`createAdhocBody`): its type, name, where it serves (picked level by
// level from the API, never from one long list) and, for a KPPS or Pantarlih, its polling station. A
// regency's own users form bodies of their commission; anyone above names the commission of the regency
// chosen, found among the commissions of their jurisdiction.
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  Create,
  NumberInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetList,
  usePermissions,
} from 'react-admin';
import { BODY_TYPES } from '@etik/domain';
import type { Commission } from '../providers/api-types';
import type { Permissions } from '../providers/auth-provider';
import type { RegionNode } from '../providers/directory-types';
import { choicesOf } from '../shared/domain-labels';
import { RegionPicker } from './RegionPicker';

const hasPollingStation = (type: unknown) => type === 'kpps' || type === 'pantarlih';

function PlaceInputs({ startRegency }: { readonly startRegency: RegionNode | undefined }) {
  const type: unknown = useWatch({ name: 'type' });
  return (
    <>
      <RegionPicker
        key={type === 'ppk' ? 'district' : 'village'}
        depth={type === 'ppk' ? 'district' : 'village'}
        startRegency={startRegency}
      />
      {hasPollingStation(type) && (
        <NumberInput
          source="tpsNumber"
          label="directory.bodies.tpsNumber"
          validate={[required(), minValue(1), maxValue(999)]}
          min={1}
          max={999}
        />
      )}
    </>
  );
}

export function AdhocBodyCreate() {
  const { permissions } = usePermissions<Permissions>();
  const { data: commissions = [] } = useGetList<Commission>('commissions', {
    pagination: { page: 1, perPage: 1000 },
  });
  const ownRegency = permissions?.commissionLevel === 'regency';
  const startRegency = useMemo(() => {
    const own = commissions.find((commission) => commission.id === permissions?.commissionId);
    return ownRegency && own?.regionCode
      ? ({ id: own.regionCode, code: own.regionCode, name: own.name } as RegionNode)
      : undefined;
  }, [commissions, permissions, ownRegency]);

  const transform = (data: Record<string, unknown>) => {
    const { regencyCode, ...rest } = data;
    const forming = ownRegency
      ? undefined
      : commissions.find(
          (commission) => commission.level === 'regency' && commission.regionCode === regencyCode,
        );
    return { ...rest, ...(forming ? { commissionId: forming.id } : {}) };
  };

  return (
    <Create redirect="show" transform={transform}>
      <SimpleForm defaultValues={{ type: 'pps' }}>
        <SelectInput
          source="type"
          label="resources.adhoc-bodies.fields.type"
          choices={choicesOf('bodyType', BODY_TYPES)}
          validate={required()}
        />
        <TextInput source="name" label="resources.adhoc-bodies.fields.name" validate={required()} fullWidth />
        {!permissions || (ownRegency && !startRegency) ? null : <PlaceInputs startRegency={startRegency} />}
      </SimpleForm>
    </Create>
  );
}
