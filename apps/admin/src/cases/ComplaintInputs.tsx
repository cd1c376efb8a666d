// The complaint's own fields (complainant, event, chronology, evidence, source reference), shared by the
// new-case wizard and the submitCorrection command. Respondents are handled by the wizard.
import Alert from '@mui/material/Alert';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { EVIDENCE_KINDS, isInstitutionalSource, type CaseSource } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { choicesOf } from '../shared/domain-labels';
import { dateInputToIso } from '../shared/time';
import { trimmedText } from '../shared/text';

export type ComplaintPart = 'complainant' | 'event' | 'chronology' | 'evidence';

export function ComplainantInputs({ source }: { readonly source: CaseSource | undefined }) {
  const translate = useTranslate();
  if (source && isInstitutionalSource(source)) {
    return <Alert severity="info">{translate('wizard.institutional')}</Alert>;
  }
  return (
    <>
      <TextInput source="complainant.name" label="wizard.complainantName" fullWidth />
      <TextInput source="complainant.idNumber" label="wizard.complainantIdNumber" fullWidth />
      <TextInput source="complainant.address" label="wizard.complainantAddress" fullWidth />
      <TextInput source="complainant.phone" label="wizard.complainantPhone" type="tel" fullWidth />
      <TextInput source="complainant.email" label="wizard.complainantEmail" type="email" fullWidth />
      <BooleanInput source="complainant.confidential" label="wizard.complainantConfidential" />
    </>
  );
}

export function EventInputs() {
  return (
    <>
      <DateInput source="eventDate" label="case.eventDate" fullWidth />
      <TextInput source="eventPlace" label="case.eventPlace" fullWidth />
      <DateInput source="knownAt" label="case.knownAt" fullWidth />
    </>
  );
}

export function ChronologyInput() {
  return <TextInput source="chronology" label="case.chronology" multiline minRows={6} fullWidth />;
}

export function EvidenceInputs() {
  return (
    <ArrayInput source="evidence" label="case.evidence">
      <SimpleFormIterator inline disableReordering>
        <SelectInput
          source="kind"
          label="wizard.evidenceKind"
          choices={choicesOf('evidenceKind', EVIDENCE_KINDS)}
        />
        <TextInput source="description" label="wizard.evidenceDescription" />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export function SourceReferenceInput({ source }: { readonly source: CaseSource | undefined }) {
  return source && isInstitutionalSource(source) ? (
    <TextInput source="sourceReference" label="case.sourceReference" fullWidth />
  ) : null;
}

/** All of it at once, for a correction. */
export function ComplaintInputs({ source }: { readonly source: CaseSource }) {
  return (
    <>
      <SourceReferenceInput source={source} />
      <ComplainantInputs source={source} />
      <EventInputs />
      <ChronologyInput />
      <EvidenceInputs />
    </>
  );
}

const compact = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;

/** Form values → the API's ComplaintInput (without respondents: the API keeps or derives them). */
export function complaintInputPayload(values: Record<string, unknown>, source: CaseSource) {
  const complainant = (values.complainant ?? {}) as Record<string, unknown>;
  const institutional = isInstitutionalSource(source);
  const evidence = ((values.evidence as { kind?: string; description?: string }[] | undefined) ?? [])
    .filter((item) => item && item.kind)
    .map((item) => compact({ kind: item.kind as string, description: trimmedText(item.description) }));
  const payload = compact({
    source,
    complainant: institutional
      ? undefined
      : compact({
          name: trimmedText(complainant.name),
          idNumber: trimmedText(complainant.idNumber),
          address: trimmedText(complainant.address),
          phone: trimmedText(complainant.phone),
          email: trimmedText(complainant.email),
          confidential: complainant.confidential === true ? true : undefined,
        }),
    eventDate: dateInputToIso(values.eventDate),
    eventPlace: trimmedText(values.eventPlace),
    knownAt: dateInputToIso(values.knownAt),
    chronology: trimmedText(values.chronology),
    evidence,
    sourceReference: institutional ? trimmedText(values.sourceReference) : undefined,
  });
  return { ...payload, source };
}

const dayOf = (iso: string | null | undefined): string | undefined =>
  iso ? new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10) : undefined;

/** A stored complaint as form values, to correct it. */
export function complaintValuesOf(record: EthicsCaseRecord): Record<string, unknown> {
  const complaint = record.complaint;
  if (!complaint) return {};
  return {
    complainant: complaint.complainant ?? {},
    eventDate: dayOf(complaint.eventDate),
    eventPlace: complaint.eventPlace ?? '',
    knownAt: dayOf(complaint.knownAt),
    chronology: complaint.chronology ?? '',
    evidence: complaint.evidence.map((item) => ({ kind: item.kind, description: item.description ?? '' })),
    sourceReference: complaint.sourceReference ?? '',
  };
}
