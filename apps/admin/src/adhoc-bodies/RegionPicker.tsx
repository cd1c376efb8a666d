// Where a body serves, picked level by level — province, regency/city, kecamatan, then desa/kelurahan for a
// PPS, KPPS or Pantarlih — each level read from the API when its parent is chosen (`regions(parentCode)`)
// and searched as one types. No list ever holds the country's 7,000 kecamatan or 80,000 villages, and a
// regency's officer starts at their own regency. The form gets the last level's code as `regionCode`, and
// `regencyCode` for choosing the forming commission.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { required, useDataProvider, useInput, useTranslate } from 'react-admin';
import type { EtikDataProvider } from '../providers/data-provider';
import type { RegionNode } from '../providers/directory-types';

const LEVELS = ['province', 'regency', 'district', 'village'] as const;
type Level = (typeof LEVELS)[number];

function LevelPicker({
  level,
  parentCode,
  value,
  onChange,
  error,
}: {
  readonly level: Level;
  readonly parentCode: string | undefined;
  readonly value: RegionNode | null;
  readonly onChange: (region: RegionNode | null) => void;
  readonly error?: string | undefined;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const enabled = level === 'province' || parentCode !== undefined;
  const { data = [], isPending } = useQuery({
    queryKey: ['regions', 'children', parentCode ?? ''],
    queryFn: () => dataProvider.regionChildren(parentCode),
    enabled,
  });
  return (
    <Autocomplete<RegionNode>
      options={enabled ? data : []}
      value={value}
      onChange={(_, region) => onChange(region)}
      getOptionLabel={(region) => region.name}
      isOptionEqualToValue={(option, chosen) => option.code === chosen.code}
      disabled={!enabled}
      loading={enabled && isPending}
      noOptionsText={translate('directory.bodies.picker.none')}
      renderOption={(props, region) => (
        <li {...props} key={region.code}>
          {region.name}{' '}
          <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
            {region.code}
          </Box>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate(`directory.bodies.picker.${level}`)}
          error={Boolean(error)}
          helperText={error ?? ' '}
        />
      )}
      sx={{ minWidth: 260 }}
    />
  );
}

export function RegionPicker({
  depth,
  startRegency,
}: {
  /** The level the body serves at: a kecamatan (PPK) or a desa/kelurahan (the others). */
  readonly depth: 'district' | 'village';
  /** A regency's officer: their own regency, fixed. */
  readonly startRegency?: RegionNode | undefined;
}) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { field, fieldState, formState } = useInput({ source: 'regionCode', validate: required() });
  const [chain, setChain] = useState<readonly (RegionNode | null)[]>([]);
  const last = LEVELS.indexOf(depth);
  const first = startRegency ? LEVELS.indexOf('district') : 0;
  const chosen = (level: Level) => chain[LEVELS.indexOf(level)] ?? null;

  useEffect(() => {
    const picked = chain[last];
    field.onChange(picked?.code ?? '');
    const regency = startRegency ?? chain[LEVELS.indexOf('regency')];
    setValue('regencyCode', regency?.code ?? '');
  }, [chain, last, startRegency, setValue]);

  const choose = (index: number, region: RegionNode | null) =>
    // Changing a level forgets the levels under it.
    setChain((current) => [...Array.from({ length: index }, (_, at) => current[at] ?? null), region]);
  const parentOf = (index: number): string | undefined => {
    if (index === first && startRegency) return startRegency.code;
    return index === 0 ? undefined : (chain[index - 1]?.code ?? undefined);
  };
  const shownError =
    fieldState.error && (fieldState.isTouched || formState.isSubmitted)
      ? translate('ra.validation.required')
      : undefined;

  return (
    <Box
      role="group"
      aria-label={translate('directory.bodies.picker.label')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 1 }}
    >
      {LEVELS.slice(first, last + 1).map((level, offset) => {
        const index = first + offset;
        return (
          <LevelPicker
            key={level}
            level={level}
            parentCode={parentOf(index)}
            value={chosen(level)}
            onChange={(region) => choose(index, region)}
            error={index === last ? shownError : undefined}
          />
        );
      })}
    </Box>
  );
}
