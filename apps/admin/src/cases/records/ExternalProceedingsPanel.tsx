// The matter at DKPP, Bawaslu, Gakkumdu or PTUN: brought there by someone, or referred there by the
// commission (a referral needs a reason). Recorded and updated where availableRecordActions allows.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { DateTimeInput, SelectInput, TextInput, required, useLocaleState, useTranslate } from 'react-admin';
import {
  EXTERNAL_FORUMS,
  EXTERNAL_PROCEEDING_KINDS,
  EXTERNAL_PROCEEDING_STATUSES,
  type ExternalForum,
  type ExternalProceedingKind,
  type ExternalProceedingStatus,
} from '@etik/domain';
import type { CaseRecords, ExternalProceeding } from '../../providers/records-types';
import { choicesOf, useDomainLabel } from '../../shared/domain-labels';
import { formatDateTime, isoToLocalInput, localInputToIso } from '../../shared/time';
import { canTake } from './record-actions';
import { RecordActionButton } from './RecordDialog';
import { trimmedText } from '../../shared/text';
import { useCaseZone } from '../case-zone';

function ReasonInput() {
  const kind = useWatch({ name: 'kind' }) as ExternalProceedingKind | undefined;
  return (
    <TextInput
      source="reason"
      label="records.proceeding.reason"
      helperText="records.proceeding.reasonHelp"
      validate={kind === 'referral' ? required() : undefined}
      multiline
      fullWidth
    />
  );
}

function ProceedingItem({
  proceeding,
  records,
}: {
  readonly proceeding: ExternalProceeding;
  readonly records: CaseRecords;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const which = translate('records.proceeding.which', {
    forum: label('externalForum', proceeding.forum),
    kind: label('externalProceedingKind', proceeding.kind),
  });
  const headingId = `proceeding-${proceeding.id}`;
  const facts: [string, string | null | undefined][] = [
    [translate('records.proceeding.status'), label('externalProceedingStatus', proceeding.status)],
    [translate('records.proceeding.filedAt'), formatDateTime(proceeding.filedAt, locale, zone)],
    [translate('records.proceeding.externalNumber'), proceeding.externalNumber],
    [translate('records.proceeding.reason'), proceeding.reason],
    [translate('records.proceeding.result'), proceeding.result],
    [translate('records.proceeding.updatedAt'), formatDateTime(proceeding.updatedAt, locale, zone)],
  ];
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography id={headingId} variant="subtitle1" component="h3">
        {which}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          m: 0,
        }}
      >
        {facts
          .filter(([, value]) => Boolean(value))
          .map(([term, value]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="caption" color="text.secondary">
                {term}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {value}
              </Typography>
            </Box>
          ))}
      </Box>
      {canTake(records, 'updateExternalProceeding', proceeding.id) && (
        <Box sx={{ mt: 1 }}>
          <RecordActionButton
            action="updateExternalProceeding"
            records={records}
            label={translate('records.proceeding.update')}
            subject={which}
            defaultValues={{
              status: proceeding.status,
              externalNumber: proceeding.externalNumber ?? '',
              result: proceeding.result ?? '',
            }}
            toArgs={(values) => ({
              proceedingId: proceeding.id,
              status: values.status as ExternalProceedingStatus,
              ...(trimmedText(values.externalNumber)
                ? { externalNumber: trimmedText(values.externalNumber) }
                : {}),
              ...(trimmedText(values.result) ? { result: trimmedText(values.result) } : {}),
            })}
          >
            <SelectInput
              source="status"
              label="records.proceeding.status"
              choices={choicesOf('externalProceedingStatus', EXTERNAL_PROCEEDING_STATUSES)}
              validate={required()}
              fullWidth
            />
            <TextInput source="externalNumber" label="records.proceeding.externalNumber" fullWidth />
            <TextInput source="result" label="records.proceeding.result" multiline fullWidth />
          </RecordActionButton>
        </Box>
      )}
    </Box>
  );
}

export function ExternalProceedingsPanel({ records }: { readonly records: CaseRecords }) {
  const translate = useTranslate();
  return (
    <>
      {records.externalProceedings.length === 0 ? (
        <Typography color="text.secondary">{translate('records.proceeding.none')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={translate('records.sections.externalProceedings')}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {records.externalProceedings.map((proceeding) => (
            <ProceedingItem key={proceeding.id} proceeding={proceeding} records={records} />
          ))}
        </Box>
      )}
      {canTake(records, 'recordExternalProceeding') && (
        <Box sx={{ mt: 2 }}>
          <RecordActionButton
            action="recordExternalProceeding"
            records={records}
            label={translate('records.proceeding.add')}
            defaultValues={{ kind: 'proceeding', status: 'filed', filedAt: isoToLocalInput(new Date()) }}
            toArgs={(values) => ({
              forum: values.forum as ExternalForum,
              kind: values.kind as ExternalProceedingKind,
              status: values.status as ExternalProceedingStatus,
              filedAt: localInputToIso(values.filedAt) ?? '',
              ...(trimmedText(values.externalNumber)
                ? { externalNumber: trimmedText(values.externalNumber) }
                : {}),
              ...(trimmedText(values.reason) ? { reason: trimmedText(values.reason) } : {}),
              ...(trimmedText(values.result) ? { result: trimmedText(values.result) } : {}),
            })}
          >
            <SelectInput
              source="forum"
              label="records.proceeding.forum"
              choices={choicesOf('externalForum', EXTERNAL_FORUMS)}
              validate={required()}
              fullWidth
            />
            <SelectInput
              source="kind"
              label="records.proceeding.kind"
              choices={choicesOf('externalProceedingKind', EXTERNAL_PROCEEDING_KINDS)}
              validate={required()}
              fullWidth
            />
            <SelectInput
              source="status"
              label="records.proceeding.status"
              choices={choicesOf('externalProceedingStatus', EXTERNAL_PROCEEDING_STATUSES)}
              validate={required()}
              fullWidth
            />
            <DateTimeInput
              source="filedAt"
              label="records.proceeding.filedAt"
              validate={required()}
              fullWidth
            />
            <TextInput source="externalNumber" label="records.proceeding.externalNumber" fullWidth />
            <ReasonInput />
            <TextInput source="result" label="records.proceeding.result" multiline fullWidth />
          </RecordActionButton>
        </Box>
      )}
    </>
  );
}
