// What each command asks for: its inputs, their starting values, and how the values become the mutation's
// variables. A command without inputs (startScreening, close…) only asks for confirmation.
import type { ReactNode } from 'react';
import {
  DateTimeInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import {
  COMPLAINT_DEFICIENCY_LABELS,
  DELIVERY_RECIPIENTS,
  findRuleSet,
  type CaseCommandType,
} from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { CommandPayload } from '../../providers/case-documents';
import { choicesOf } from '../../shared/domain-labels';
import { isoToLocalInput, localInputToIso } from '../../shared/time';
import { ComplaintInputs, complaintInputPayload, complaintValuesOf } from '../ComplaintInputs';
import { completenessOfRecord } from '../completeness';
import { ExaminationTeamInputs } from './ExaminationTeamInputs';
import { OutcomesInput, outcomesPayload } from './OutcomesInput';
import { ReplacementInputs, replacementPayload } from './ReplacementInputs';

export type FormValues = Record<string, unknown>;

export interface CommandForm {
  /** `error`: the API's last refusal, for inputs that show its details beside the fields concerned. */
  readonly Inputs?: (props: { readonly record: EthicsCaseRecord; readonly error?: unknown }) => ReactNode;
  readonly defaults?: (record: EthicsCaseRecord, now: Date) => FormValues;
  readonly toPayload: (values: FormValues, record: EthicsCaseRecord) => CommandPayload;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const none: CommandForm = { toPayload: () => ({}) };

const reasonOnly: CommandForm = {
  Inputs: () => (
    <TextInput
      source="reason"
      label="commands.fields.reason"
      multiline
      minRows={3}
      fullWidth
      validate={required()}
    />
  ),
  toPayload: (values) => ({ reason: text(values.reason) }),
};

const DEFICIENCY_CODES = Object.keys(COMPLAINT_DEFICIENCY_LABELS);

function DeliveryInputs({ record }: { readonly record: EthicsCaseRecord }) {
  const ruleSet = findRuleSet(record.ruleSetCode);
  const delivered = new Set((record.deliveries ?? []).map((delivery) => delivery.recipient));
  const recipients = (ruleSet.ok ? ruleSet.value.deliveryRecipients : DELIVERY_RECIPIENTS).filter(
    (recipient) => !delivered.has(recipient),
  );
  return (
    <>
      <SelectInput
        source="recipient"
        label="commands.fields.recipient"
        choices={choicesOf('deliveryRecipient', recipients)}
        validate={required()}
        fullWidth
      />
      <DateTimeInput
        source="deliveredAt"
        label="commands.fields.deliveredAt"
        validate={required()}
        fullWidth
      />
      <TextInput source="channel" label="commands.fields.channel" validate={required()} fullWidth />
    </>
  );
}

export const COMMAND_FORMS: Readonly<Record<CaseCommandType, CommandForm>> = {
  startScreening: none,
  requestCorrection: {
    Inputs: () => (
      <SelectArrayInput
        source="deficiencies"
        label="commands.fields.deficiencies"
        choices={DEFICIENCY_CODES.map((code) => ({ id: code, name: `errors.${code}` }))}
        validate={required()}
        fullWidth
      />
    ),
    // Start from what the domain's check finds in the complaint as it stands.
    defaults: (record) => ({
      deficiencies: completenessOfRecord(record)?.deficiencies.map((gap) => gap.code) ?? [],
    }),
    toPayload: (values) => ({
      deficiencies: [...new Set((values.deficiencies as string[] | undefined) ?? [])],
    }),
  },
  submitCorrection: {
    Inputs: ({ record }) => <ComplaintInputs source={record.source} />,
    defaults: (record) => complaintValuesOf(record),
    toPayload: (values, record) => ({ complaint: complaintInputPayload(values, record.source) }),
  },
  register: {
    Inputs: () => (
      <TextInput
        source="registerNumber"
        label="commands.fields.registerNumber"
        helperText="commands.fields.registerNumberHelp"
        fullWidth
      />
    ),
    toPayload: (values) =>
      text(values.registerNumber) ? { registerNumber: text(values.registerNumber) } : {},
  },
  startClarification: none,
  discontinue: reasonOnly,
  formExaminationTeam: {
    Inputs: ({ record, error }) => <ExaminationTeamInputs record={record} error={error} />,
    toPayload: (values) => ({
      chairPersonId: text(values.chairPersonId),
      memberPersonIds: [text(values.member1), text(values.member2)].filter(Boolean),
    }),
  },
  submitExaminationReport: {
    Inputs: () => (
      <TextInput
        source="summary"
        label="commands.fields.summary"
        multiline
        minRows={4}
        fullWidth
        validate={required()}
      />
    ),
    toPayload: (values) => ({ summary: text(values.summary) }),
  },
  recordPlenaryDecision: {
    Inputs: ({ record }) => (
      <>
        <DateTimeInput
          source="plenary.heldAt"
          label="commands.fields.plenaryHeldAt"
          validate={required()}
          fullWidth
        />
        <NumberInput
          source="plenary.commissionersPresent"
          label="commands.fields.commissionersPresent"
          validate={[required(), minValue(0)]}
        />
        <NumberInput
          source="plenary.commissionSize"
          label="commands.fields.commissionSize"
          validate={[required(), minValue(1), maxValue(11)]}
        />
        <TextInput source="plenary.minutesReference" label="commands.fields.minutesReference" fullWidth />
        <OutcomesInput record={record} />
        <TextInput
          source="considerations"
          label="commands.fields.considerations"
          multiline
          minRows={3}
          fullWidth
        />
      </>
    ),
    defaults: (_record, now) => ({ plenary: { heldAt: isoToLocalInput(now), commissionSize: 5 } }),
    toPayload: (values, record) => {
      const plenary = (values.plenary ?? {}) as FormValues;
      return {
        plenary: {
          heldAt: localInputToIso(plenary.heldAt),
          commissionersPresent: Number(plenary.commissionersPresent),
          commissionSize: Number(plenary.commissionSize),
          ...(text(plenary.minutesReference) ? { minutesReference: text(plenary.minutesReference) } : {}),
        },
        outcomes: outcomesPayload(values, record.respondents),
        ...(text(values.considerations) ? { considerations: text(values.considerations) } : {}),
      };
    },
  },
  forwardToDkpp: none,
  recordDkppVerdict: {
    Inputs: ({ record }) => (
      <>
        <TextInput
          source="dkppCaseNumber"
          label="commands.fields.dkppCaseNumber"
          validate={required()}
          fullWidth
        />
        <DateTimeInput source="readAt" label="commands.fields.readAt" validate={required()} fullWidth />
        <OutcomesInput record={record} />
      </>
    ),
    toPayload: (values, record) => ({
      dkppCaseNumber: text(values.dkppCaseNumber),
      readAt: localInputToIso(values.readAt),
      outcomes: outcomesPayload(values, record.respondents),
    }),
  },
  issueDecree: {
    Inputs: () => (
      <>
        <TextInput
          source="decreeNumber"
          label="commands.fields.decreeNumber"
          validate={required()}
          fullWidth
        />
        <DateTimeInput source="signedAt" label="commands.fields.signedAt" validate={required()} fullWidth />
      </>
    ),
    toPayload: (values) => ({
      decreeNumber: text(values.decreeNumber),
      signedAt: localInputToIso(values.signedAt),
    }),
  },
  recordDelivery: {
    Inputs: DeliveryInputs,
    toPayload: (values) => ({
      recipient: values.recipient,
      deliveredAt: localInputToIso(values.deliveredAt),
      channel: text(values.channel),
    }),
  },
  startReplacement: none,
  completeReplacement: {
    Inputs: ReplacementInputs,
    defaults: (_record, now) => ({ swornAt: isoToLocalInput(now) }),
    toPayload: replacementPayload,
  },
  refer: {
    Inputs: () => (
      <>
        <TextInput source="referredTo" label="commands.fields.referredTo" validate={required()} fullWidth />
        <TextInput
          source="reason"
          label="commands.fields.reason"
          multiline
          minRows={3}
          validate={required()}
          fullWidth
        />
      </>
    ),
    toPayload: (values) => ({ referredTo: text(values.referredTo), reason: text(values.reason) }),
  },
  reject: reasonOnly,
  withdraw: reasonOnly,
  close: none,
};
