// The cases list's region filter, province then regency/city, over the regions of the user's
// jurisdiction. The data provider sends the narrower choice to the API as CaseFilter.regionCode.
import { useEffect } from 'react';
import { SelectInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { RegionChoice } from '../providers/data-provider';

const choicesOf = (regions: readonly RegionChoice[]) =>
  regions.map((region) => ({ id: region.code, name: region.name }));

export interface RegionInputProps {
  readonly source: string;
  readonly alwaysOn?: boolean;
}

export function ProvinceFilterInput({
  provinces,
  source,
}: RegionInputProps & { readonly provinces: readonly RegionChoice[] }) {
  return (
    <SelectInput
      source={source}
      label="resources.cases.fields.provinceCode"
      choices={choicesOf(provinces)}
      translateChoice={false}
      sx={{ minWidth: 180 }}
    />
  );
}

/**
 * Regencies of the chosen province (all of the jurisdiction's when it has one province only). Choosing
 * another province clears a regency that is not in it, so the two never contradict each other.
 */
export function RegencyFilterInput({
  regencies,
  provinces,
  source,
}: RegionInputProps & {
  readonly regencies: readonly RegionChoice[];
  readonly provinces: readonly RegionChoice[];
}) {
  const province = useWatch({ name: 'provinceCode' }) as string | undefined;
  const { getValues, setValue } = useFormContext();
  const choices = province ? regencies.filter((regency) => regency.parentCode === province) : regencies;
  const waiting = !province && provinces.length > 1;
  useEffect(() => {
    const current = getValues(source) as string | undefined;
    if (current && province && !current.startsWith(`${province}.`)) {
      setValue(source, '', { shouldDirty: true });
    }
  }, [province, source, getValues, setValue]);
  return (
    <SelectInput
      source={source}
      label="resources.cases.fields.regencyCode"
      choices={waiting ? [] : choicesOf(choices)}
      translateChoice={false}
      disabled={waiting}
      helperText={waiting ? 'resources.cases.fields.regencyHelp' : false}
      sx={{ minWidth: 200 }}
    />
  );
}
