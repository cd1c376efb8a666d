// The new-complaint wizard: source, complainant, respondents, event, chronology, evidence. The domain's
// completeness check runs as the clerk types; the API's own check comes back when the case is filed
// (a receipt is owed even for an incomplete complaint, so filing is never blocked by it).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useWatch, type FieldValues } from 'react-hook-form';
import {
  DateTimeInput,
  Form,
  SelectInput,
  Title,
  required,
  useCreatePath,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CASE_SOURCES, type CaseSource } from '@etik/domain';
import type { EtikDataProvider, FiledCase } from '../providers/data-provider';
import { isApiError } from '../providers/graphql-client';
import { choicesOf } from '../shared/domain-labels';
import { isoToLocalInput, localInputToIso } from '../shared/time';
import {
  ChronologyInput,
  ComplainantInputs,
  EventInputs,
  EvidenceInputs,
  SourceReferenceInput,
} from './ComplaintInputs';
import { CompletenessPanel } from './CompletenessPanel';
import { ElectionStageInputs } from './ElectionStageInputs';
import { checkDraft } from './completeness';
import { complaintDraftOf, fileCaseInputOf, type FilingValues } from './filing';
import { RespondentInputs } from './RespondentInputs';

export const WIZARD_STEPS = [
  'source',
  'complainant',
  'respondents',
  'event',
  'chronology',
  'evidence',
] as const;
type WizardStep = (typeof WIZARD_STEPS)[number];

function StepInputs({ step }: { readonly step: WizardStep }) {
  const source = useWatch({ name: 'source' }) as CaseSource | undefined;
  switch (step) {
    case 'source':
      return (
        <>
          <SelectInput
            source="source"
            label="resources.cases.fields.source"
            choices={choicesOf('caseSource', CASE_SOURCES)}
            validate={required()}
            fullWidth
          />
          <DateTimeInput source="receivedAt" label="wizard.receivedAt" validate={required()} fullWidth />
          <SourceReferenceInput source={source} />
          {source === 'internalFinding' && (
            <DateTimeInput source="findingPlenaryHeldAt" label="wizard.findingPlenaryHeldAt" fullWidth />
          )}
        </>
      );
    case 'complainant':
      return <ComplainantInputs source={source} />;
    case 'respondents':
      return <RespondentInputs />;
    case 'event':
      return (
        <>
          <EventInputs />
          <ElectionStageInputs />
        </>
      );
    case 'chronology':
      return <ChronologyInput />;
    case 'evidence':
      return <EvidenceInputs />;
  }
}

function LiveCompleteness() {
  const translate = useTranslate();
  const values = useWatch() as FilingValues;
  const check = useMemo(() => {
    const receivedAt = localInputToIso(values.receivedAt);
    return receivedAt ? checkDraft(complaintDraftOf(values), new Date(receivedAt)) : undefined;
  }, [values]);
  if (!check) return null;
  return (
    <CompletenessPanel
      check={check}
      title={translate('wizard.completenessTitle')}
      note={translate('wizard.previewNote')}
    />
  );
}

function Filed({ filed }: { readonly filed: FiledCase }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Card>
      <CardContent>
        <Alert severity={filed.completeness.complete ? 'success' : 'info'} sx={{ mb: 2 }}>
          {translate(filed.completeness.complete ? 'wizard.filed' : 'wizard.filedIncomplete')}
        </Alert>
        <CompletenessPanel check={filed.completeness} title={translate('wizard.completenessTitle')} />
        <Button
          component={Link}
          to={createPath({ resource: 'cases', type: 'show', id: filed.data.id })}
          variant="contained"
          sx={{ mt: 2 }}
        >
          {translate('wizard.openCase')}
        </Button>
      </CardContent>
    </Card>
  );
}

export function CaseCreate() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const vertical = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const [active, setActive] = useState(0);
  const defaults = useMemo(
    () => ({
      source: 'publicComplaint',
      receivedAt: isoToLocalInput(new Date()),
      respondents: [{}],
      evidence: [{}],
    }),
    [],
  );
  const mutation = useMutation({
    mutationFn: (values: FilingValues) => dataProvider.fileCase(fileCaseInputOf(values)),
  });

  if (mutation.data) return <Filed filed={mutation.data} />;
  const last = active === WIZARD_STEPS.length - 1;
  const error = mutation.error;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="wizard.title" />
      <Form
        defaultValues={defaults}
        // Only the last step's own button files: Enter in a field of an earlier step moves on instead.
        onSubmit={(values: FieldValues) =>
          last ? mutation.mutate(values as FilingValues) : setActive(active + 1)
        }
        noValidate
      >
        <Card>
          <CardContent>
            <Typography variant="h5" component="h1" gutterBottom>
              {translate('wizard.title')}
            </Typography>
            <Stepper
              nonLinear
              activeStep={active}
              orientation={vertical ? 'vertical' : 'horizontal'}
              sx={{ mb: 3 }}
            >
              {WIZARD_STEPS.map((step, index) => (
                <Step key={step}>
                  <StepButton onClick={() => setActive(index)}>
                    {translate(`wizard.steps.${step}`)}
                  </StepButton>
                </Step>
              ))}
            </Stepper>
            <Box
              component="fieldset"
              sx={{ border: 0, p: 0, m: 0 }}
              aria-label={translate(`wizard.steps.${WIZARD_STEPS[active]!}`)}
            >
              <StepInputs step={WIZARD_STEPS[active]!} />
            </Box>
            <Box sx={{ my: 2 }}>
              <LiveCompleteness />
            </Box>
            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {translate(isApiError(error) ? error.message : 'ra.notification.http_error')}
              </Alert>
            )}
            <Box sx={{ display: 'flex', gap: 1, justifyContent: 'space-between' }}>
              <Button disabled={active === 0} onClick={() => setActive(active - 1)}>
                {translate('wizard.back')}
              </Button>
              {last ? (
                // Distinct keys: reusing the "Lanjut" button's element as this submit button let the click
                // that reached the last step also file the complaint (the browser's default action ran
                // after React had turned the button into type="submit").
                <Button key="file" type="submit" variant="contained" disabled={mutation.isPending}>
                  {translate('wizard.file')}
                </Button>
              ) : (
                <Button key="next" type="button" variant="contained" onClick={() => setActive(active + 1)}>
                  {translate('wizard.next')}
                </Button>
              )}
            </Box>
          </CardContent>
        </Card>
      </Form>
    </Box>
  );
}
