// The allegations: per respondent, the category, principle and behaviour with the legal references
// the API attached, and the finding. Add, change, remove and record a finding only where the API's
// availableRecordActions allows it.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RadioButtonGroupInput, TextInput, required, useLocaleState, useTranslate } from 'react-admin';
import { FINDINGS, type Finding } from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { Allegation, CaseRecords } from '../../providers/records-types';
import { choicesOf, useDomainLabel } from '../../shared/domain-labels';
import { formatDateTime } from '../../shared/time';
import { AllegationInputs, allegationInputOf } from './AllegationInputs';
import { canTake } from './record-actions';
import { RecordActionButton } from './RecordDialog';
import { trimmedText } from '../../shared/text';
import { useCaseZone } from '../case-zone';

const FINDING_COLOR: Readonly<Record<Finding, 'error' | 'success' | 'default'>> = {
  proven: 'error',
  notProven: 'success',
  notExamined: 'default',
};

function AllegationItem({
  allegation,
  index,
  record,
  records,
}: {
  readonly allegation: Allegation;
  readonly index: number;
  readonly record: EthicsCaseRecord;
  readonly records: CaseRecords;
}) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const respondent = record.respondents.find((one) => one.membershipId === allegation.respondentMembershipId);
  const name = respondent?.name ?? allegation.respondentMembershipId;
  const which = translate('records.allegation.which', { number: index + 1, name });
  const headingId = `allegation-${allegation.id}`;
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="subtitle1" component="h3">
          {which}
        </Typography>
        <Chip
          size="small"
          color={allegation.finding ? FINDING_COLOR[allegation.finding] : 'default'}
          variant={allegation.finding ? 'filled' : 'outlined'}
          label={
            allegation.finding
              ? label('finding', allegation.finding)
              : translate('records.allegation.noFinding')
          }
        />
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          m: 0,
        }}
      >
        <Typography component="dt" variant="caption" color="text.secondary">
          {translate('records.allegation.category')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {label('violationCategory', allegation.category)}
        </Typography>
        <Typography component="dt" variant="caption" color="text.secondary">
          {translate('records.allegation.principle')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {label('principle', allegation.principle)}
        </Typography>
        {allegation.behaviour && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.allegation.behaviour')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {label('behaviour', allegation.behaviour)}
            </Typography>
          </>
        )}
        {allegation.legalReferences.length > 0 && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.allegation.legalReferences')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {allegation.legalReferences.map((reference) => reference.citation).join('; ')}
            </Typography>
          </>
        )}
        <Typography component="dt" variant="caption" color="text.secondary">
          {translate('records.allegation.description')}
        </Typography>
        <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {allegation.description}
        </Typography>
        {allegation.finding && (
          <>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate('records.allegation.finding')}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {[
                label('finding', allegation.finding),
                allegation.findingNote,
                formatDateTime(allegation.findingRecordedAt, locale, zone),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </>
        )}
      </Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        {canTake(records, 'updateAllegation', allegation.id) && (
          <RecordActionButton
            action="updateAllegation"
            records={records}
            label={translate('records.allegation.edit')}
            subject={which}
            defaultValues={{
              respondentMembershipId: allegation.respondentMembershipId,
              principle: allegation.principle,
              behaviour: allegation.behaviour ?? '',
              category: allegation.category,
              description: allegation.description,
            }}
            toArgs={(values) => ({ allegationId: allegation.id, allegation: allegationInputOf(values) })}
          >
            <AllegationInputs record={record} />
          </RecordActionButton>
        )}
        {canTake(records, 'recordAllegationFinding', allegation.id) && (
          <RecordActionButton
            action="recordAllegationFinding"
            records={records}
            label={translate('records.allegation.recordFinding')}
            subject={which}
            defaultValues={{ finding: allegation.finding ?? undefined, note: allegation.findingNote ?? '' }}
            toArgs={(values) => ({
              allegationId: allegation.id,
              finding: values.finding as Finding,
              ...(trimmedText(values.note) ? { note: trimmedText(values.note) } : {}),
            })}
          >
            <RadioButtonGroupInput
              source="finding"
              label="records.allegation.finding"
              choices={choicesOf('finding', FINDINGS)}
              validate={required()}
              row={false}
            />
            <TextInput source="note" label="records.allegation.findingNote" multiline fullWidth />
          </RecordActionButton>
        )}
        {canTake(records, 'removeAllegation', allegation.id) && (
          <RecordActionButton
            action="removeAllegation"
            records={records}
            variant="text"
            label={translate('records.allegation.remove')}
            subject={which}
            confirm={translate('records.allegation.removeConfirm')}
            toArgs={() => ({ allegationId: allegation.id })}
          />
        )}
      </Stack>
    </Box>
  );
}

export function AllegationsPanel({
  record,
  records,
}: {
  readonly record: EthicsCaseRecord;
  readonly records: CaseRecords;
}) {
  const translate = useTranslate();
  return (
    <>
      {records.allegations.length === 0 ? (
        <Typography color="text.secondary">{translate('records.allegation.none')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={translate('records.sections.allegations')}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {records.allegations.map((allegation, index) => (
            <AllegationItem
              key={allegation.id}
              allegation={allegation}
              index={index}
              record={record}
              records={records}
            />
          ))}
        </Box>
      )}
      {canTake(records, 'addAllegation') && (
        <Box sx={{ mt: 2 }}>
          <RecordActionButton
            action="addAllegation"
            records={records}
            variant="contained"
            label={translate('records.allegation.add')}
            defaultValues={
              record.respondents.length === 1
                ? { respondentMembershipId: record.respondents[0]!.membershipId }
                : {}
            }
            toArgs={(values) => ({ allegation: allegationInputOf(values) })}
          >
            <AllegationInputs record={record} />
          </RecordActionButton>
        </Box>
      )}
    </>
  );
}
