// One finding and one outcome per respondent (a decision covers every respondent); outcome choices
// come from the domain's LABELS.outcome, in the domain's order of severity; the sanction guidance follows.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { CheckboxGroupInput, SelectArrayInput, SelectInput, required, useTranslate } from 'react-admin';
import { ADDITIONAL_MEASURES, FINDINGS, OUTCOMES, PRINCIPLES } from '@etik/domain';
import type { EthicsCaseRecord, Respondent } from '../../providers/api-types';
import { choicesOf } from '../../shared/domain-labels';
import { FormSanctionGuidance } from '../SanctionGuidance';

/** The outcomes of every respondent, then the domain's sanction guidance on them (before sending). */
export function OutcomesInput({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const { respondents } = record;
  return (
    <>
      {respondents.map((respondent, index) => {
        const name = respondent.name ?? respondent.membershipId;
        return (
          <Box
            component="fieldset"
            key={respondent.membershipId}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 2 }}
          >
            <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
              {translate('commands.fields.respondent', { name })}
            </Typography>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <SelectInput
                source={`outcomes.${index}.finding`}
                label="commands.fields.finding"
                choices={choicesOf('finding', FINDINGS)}
                validate={required()}
                sx={{ minWidth: 200 }}
              />
              <SelectInput
                source={`outcomes.${index}.outcome`}
                label="commands.fields.outcome"
                choices={choicesOf('outcome', OUTCOMES)}
                validate={required()}
                sx={{ minWidth: 240 }}
              />
            </Box>
            <SelectArrayInput
              source={`outcomes.${index}.principlesViolated`}
              label="commands.fields.principlesViolated"
              choices={choicesOf('principle', PRINCIPLES)}
              fullWidth
            />
            <CheckboxGroupInput
              source={`outcomes.${index}.additionalMeasures`}
              label="commands.fields.additionalMeasures"
              choices={choicesOf('additionalMeasure', ADDITIONAL_MEASURES)}
            />
          </Box>
        );
      })}
      <FormSanctionGuidance record={record} />
    </>
  );
}

interface OutcomeValues {
  readonly finding?: string;
  readonly outcome?: string;
  readonly additionalMeasures?: readonly string[];
  readonly principlesViolated?: readonly string[];
}

/** Form values → OutcomeInput[] in respondent order, each with its membershipId. */
export function outcomesPayload(
  values: { readonly outcomes?: readonly OutcomeValues[] },
  respondents: readonly Respondent[],
) {
  return respondents.map((respondent, index) => {
    const given = values.outcomes?.[index] ?? {};
    return {
      membershipId: respondent.membershipId,
      finding: given.finding,
      outcome: given.outcome,
      ...(given.additionalMeasures?.length ? { additionalMeasures: [...given.additionalMeasures] } : {}),
      ...(given.principlesViolated?.length ? { principlesViolated: [...given.principlesViolated] } : {}),
    };
  });
}
