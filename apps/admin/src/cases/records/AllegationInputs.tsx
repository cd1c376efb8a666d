// The allegation form: the respondent, then the catalogue. A clerk types a keyword ("kampanye") and
// picks a typical violation, which fills category, principle and behaviour; each stays editable, the
// behaviours offered are those of the chosen principle, and the chosen behaviour's legal references show.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { SelectInput, TextInput, required, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { PRINCIPLES, VIOLATION_CATEGORIES, type Locale } from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { EtikDataProvider } from '../../providers/data-provider';
import type { AllegationInput, TypicalViolation } from '../../providers/records-types';
import { choicesOf, useDomainLabel } from '../../shared/domain-labels';

/** The form's values → AllegationInput (an empty behaviour or category is left out: the API derives it). */
export function allegationInputOf(values: Record<string, unknown>): AllegationInput {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  return {
    respondentMembershipId: text('respondentMembershipId'),
    principle: text('principle'),
    description: text('description'),
    ...(text('behaviour') ? { behaviour: text('behaviour') } : {}),
    ...(text('category') ? { category: text('category') as AllegationInput['category'] } : {}),
  };
}

/** Waits for the typing to pause before asking the API. */
function useSettled(value: string, delayMs = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function TypicalViolationSearch() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { setValue, getValues } = useFormContext();
  const [keyword, setKeyword] = useState('');
  const settled = useSettled(keyword.trim());
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['catalogue', 'typicalViolations', settled, locale],
    queryFn: () => dataProvider.typicalViolations(settled, locale as Locale),
    enabled: settled.length >= 2,
    staleTime: 10 * 60_000,
  });
  const choose = (violation: TypicalViolation | null) => {
    if (!violation) return;
    const principle = violation.principles[0] ?? '';
    const behaviour =
      violation.behaviours.find((candidate) => candidate.principles.includes(principle)) ??
      violation.behaviours[0];
    setValue('category', violation.category, { shouldDirty: true });
    setValue('principle', principle, { shouldDirty: true });
    setValue('behaviour', behaviour?.code ?? '', { shouldDirty: true });
    if (!String(getValues('description') ?? '').trim()) {
      setValue('description', violation.label[locale as Locale], { shouldDirty: true });
    }
  };
  return (
    <Autocomplete<TypicalViolation>
      options={settled.length >= 2 ? options : []}
      filterOptions={(shown) => shown}
      getOptionLabel={(option) => option.label[locale as Locale]}
      isOptionEqualToValue={(option, value) => option.code === value.code}
      inputValue={keyword}
      onInputChange={(_, value, reason) => {
        if (reason !== 'reset') setKeyword(value);
      }}
      onChange={(_, value) => choose(value)}
      loading={isFetching}
      loadingText={translate('records.allegation.searching')}
      noOptionsText={translate(
        settled.length >= 2 ? 'records.allegation.noMatch' : 'records.allegation.typeMore',
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('records.allegation.search')}
          helperText={translate('records.allegation.searchHelp')}
          margin="dense"
        />
      )}
      sx={{ mb: 1 }}
    />
  );
}

function BehaviourInput() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = useDomainLabel();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { setValue, getValues } = useFormContext();
  const principle = useWatch({ name: 'principle' }) as string | undefined;
  const chosen = useWatch({ name: 'behaviour' }) as string | undefined;
  const { data: behaviours } = useQuery({
    queryKey: ['catalogue', 'behaviours', principle],
    queryFn: () => dataProvider.catalogueBehaviours(principle),
    enabled: Boolean(principle),
    staleTime: 10 * 60_000,
  });
  // A behaviour of another principle (after the principle changed) would be refused: clear it.
  useEffect(() => {
    const current = getValues('behaviour') as string | undefined;
    if (behaviours && current && !behaviours.some((behaviour) => behaviour.code === current)) {
      setValue('behaviour', '');
    }
  }, [behaviours, getValues, setValue]);
  const references = behaviours?.find((behaviour) => behaviour.code === chosen)?.references ?? [];
  return (
    <>
      <SelectInput
        source="behaviour"
        label="records.allegation.behaviour"
        choices={(behaviours ?? []).map((behaviour) => ({
          id: behaviour.code,
          name: label('behaviour', behaviour.code),
        }))}
        translateChoice={false}
        emptyText="records.allegation.noBehaviour"
        disabled={!principle}
        helperText={principle ? 'records.allegation.behaviourHelp' : 'records.allegation.principleFirst'}
        fullWidth
      />
      {references.length > 0 && (
        <Box sx={{ mb: 1 }} aria-live="polite">
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('records.allegation.legalReferences')}
          </Typography>
          <Typography variant="body2" component="p">
            {references.map((reference) => reference.label[locale as Locale]).join('; ')}
          </Typography>
        </Box>
      )}
    </>
  );
}

export function AllegationInputs({ record }: { readonly record: EthicsCaseRecord }) {
  return (
    <>
      <SelectInput
        source="respondentMembershipId"
        label="records.allegation.respondent"
        choices={record.respondents.map((respondent) => ({
          id: respondent.membershipId,
          name: respondent.name ?? respondent.membershipId,
        }))}
        translateChoice={false}
        validate={required()}
        fullWidth
      />
      <TypicalViolationSearch />
      <SelectInput
        source="principle"
        label="records.allegation.principle"
        choices={choicesOf('principle', PRINCIPLES)}
        validate={required()}
        fullWidth
      />
      <BehaviourInput />
      <SelectInput
        source="category"
        label="records.allegation.category"
        choices={choicesOf('violationCategory', VIOLATION_CATEGORIES)}
        emptyText="records.allegation.categoryFromBehaviour"
        helperText="records.allegation.categoryHelp"
        fullWidth
      />
      <TextInput
        source="description"
        label="records.allegation.description"
        validate={required()}
        multiline
        minRows={3}
        fullWidth
      />
    </>
  );
}
