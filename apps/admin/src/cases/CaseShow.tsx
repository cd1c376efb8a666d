// The case page: summary, next steps (from availableCommands), deadlines with countdowns, respondents and
// parties, the complaint and its completeness, allegations, sessions and proceedings elsewhere, evidence
// files, the examination, the decision with the sanction guidance, decree and deliveries, replacement,
// closure or referral, and the timeline.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Show, useLocaleState, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import type { EthicsCaseRecord } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDate, formatDateTime } from '../shared/time';
import { openSeats } from './case-facts';
import { CaseActionBar } from './CaseActionBar';
import { CaseDeadlines } from './CaseDeadlines';
import { Fact, Section } from './CaseSection';
import { CaseStatusChip } from './CaseStatusField';
import { CaseTimeline } from './CaseTimeline';
import { CompletenessPanel } from './CompletenessPanel';
import { completenessOfRecord } from './completeness';
import { DecisionSection } from './DecisionSection';
import { DecreeSection } from './DecreeSection';
import { EvidenceSection } from './EvidenceSection';
import { ExaminationTeamFact } from './ExaminationTeamFact';
import { CaseRecordsSections } from './records/CaseRecordsSections';
import { ReplacementSection } from './ReplacementSection';
import { useCaseZone } from './case-zone';

const BEFORE_REGISTRATION = ['received', 'screening', 'awaitingCorrection'];

function CaseShowLayout() {
  const record = useRecordContext<EthicsCaseRecord>();
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  if (!record) return null;
  const complaint = record.complaint;
  const complainant = complaint?.complainant;
  const completeness = BEFORE_REGISTRATION.includes(record.status) ? completenessOfRecord(record) : undefined;
  const decided = Boolean(record.decision ?? record.forwardedDecision);
  const replacing =
    (record.replacements ?? []).length > 0 ||
    (Boolean(record.decree) && openSeats(record).length > 0) ||
    record.status === 'replacementInProgress';

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section id="case-summary" title={translate('case.sections.summary')}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
          <Typography variant="h5" component="p">
            {record.registerNumber ?? label('caseSource', record.source)}
          </Typography>
          <CaseStatusChip status={record.status} />
          {record.confidential && (
            <Chip size="small" variant="outlined" label={translate('resources.cases.fields.confidential')} />
          )}
        </Box>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' },
            gap: 1,
            m: 0,
          }}
        >
          <Fact term={translate('resources.cases.fields.source')}>{label('caseSource', record.source)}</Fact>
          <Fact term={translate('resources.cases.fields.track')}>{label('caseTrack', record.track)}</Fact>
          <Fact term={translate('resources.cases.fields.receivedAt')}>
            {formatDateTime(record.receivedAt, locale, zone)}
          </Fact>
          <Fact term={translate('resources.cases.fields.commission')}>{record.commission.name}</Fact>
          <Fact term={translate('resources.cases.fields.ruleSetCode')}>{record.ruleSetCode}</Fact>
          {record.election ? (
            <Fact term={translate('elections.election')}>{record.election.name}</Fact>
          ) : null}
          {record.stage ? <Fact term={translate('elections.stage')}>{record.stage.name}</Fact> : null}
          <Fact term={translate('resources.cases.fields.updatedAt')}>
            {formatDateTime(record.updatedAt, locale, zone)}
          </Fact>
        </Box>
      </Section>

      <Section id="case-actions" title={translate('case.sections.actions')}>
        <CaseActionBar record={record} />
      </Section>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <Section id="case-deadlines" title={translate('case.sections.deadlines')}>
          <CaseDeadlines deadlines={record.deadlines} />
        </Section>

        <Section id="case-respondents" title={translate('case.sections.respondents')}>
          <Box component="ul" sx={{ pl: 2, m: 0 }}>
            {record.respondents.map((respondent) => (
              <li key={respondent.membershipId}>
                <strong>{respondent.name ?? respondent.membershipId}</strong>
                {' — '}
                {[
                  respondent.position && label('position', respondent.position),
                  respondent.bodyType && label('bodyType', respondent.bodyType),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </Box>
          {(record.parties ?? []).length > 0 && (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {translate('case.sections.parties')}
              </Typography>
              <Box component="ul" sx={{ pl: 2, m: 0 }}>
                {(record.parties ?? []).map((party, index) => (
                  <li key={`${party.role}-${index}`}>
                    {label('partyRole', party.role)}:{' '}
                    {party.identityMasked ? <em>{translate('case.identityMasked')}</em> : party.name}
                  </li>
                ))}
              </Box>
            </>
          )}
        </Section>
      </Box>

      {complaint && (
        <Section id="case-complaint" title={translate('case.sections.complaint')}>
          {completeness && (
            <Box sx={{ mb: 2 }}>
              <CompletenessPanel
                check={completeness}
                note={translate('case.completenessPreview', { ruleSet: record.ruleSetCode })}
              />
            </Box>
          )}
          <Box
            component="dl"
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1, m: 0 }}
          >
            {complainant && (
              <Fact term={translate('case.complainant')}>
                {complainant.identityMasked
                  ? translate('case.identityMasked')
                  : [
                      complainant.name,
                      complainant.idNumber,
                      complainant.address,
                      complainant.phone,
                      complainant.email,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                {complainant.personalDataMasked && !complainant.identityMasked
                  ? ` (${translate('case.personalDataMasked')})`
                  : ''}
              </Fact>
            )}
            <Fact term={translate('case.sourceReference')}>{complaint.sourceReference}</Fact>
            <Fact term={translate('case.eventDate')}>{formatDate(complaint.eventDate, locale, zone)}</Fact>
            <Fact term={translate('case.eventPlace')}>{complaint.eventPlace}</Fact>
            <Fact term={translate('case.knownAt')}>{formatDate(complaint.knownAt, locale, zone)}</Fact>
          </Box>
          <Fact term={translate('case.chronology')}>{complaint.chronology}</Fact>
          {complaint.evidence.length > 0 && (
            <Fact term={translate('case.evidence')}>
              {complaint.evidence
                .map(
                  (item) =>
                    `${label('evidenceKind', item.kind)}${item.description ? `: ${item.description}` : ''}`,
                )
                .join('\n')}
            </Fact>
          )}
          {(record.requestedCorrections ?? []).length > 0 && (
            <Fact term={translate('case.requestedCorrections')}>
              {(record.requestedCorrections ?? []).map((code) => translate(`errors.${code}`)).join('\n')}
            </Fact>
          )}
        </Section>
      )}

      {/* Allegations, sessions and proceedings elsewhere (records/). */}
      <CaseRecordsSections record={record} />

      {(record.examinationTeam || record.examinationReport) && (
        <Section id="case-examination" title={translate('case.sections.examination')}>
          <Box component="dl" sx={{ m: 0 }}>
            <ExaminationTeamFact record={record} />
            {record.examinationReport && (
              <Fact
                term={`${translate('case.report')} (${formatDateTime(record.examinationReport.submittedAt, locale, zone)})`}
              >
                {record.examinationReport.summary}
              </Fact>
            )}
          </Box>
        </Section>
      )}

      <Section id="case-evidence-files" title={translate('case.sections.evidenceFiles')}>
        <EvidenceSection record={record} />
      </Section>

      {decided && (
        <Section id="case-decision" title={translate('case.sections.decision')}>
          <DecisionSection record={record} />
        </Section>
      )}

      {(record.decree || (record.deliveries ?? []).length > 0) && (
        <Section id="case-decree" title={translate('case.sections.decree')}>
          <DecreeSection record={record} />
        </Section>
      )}

      {replacing && (
        <Section id="case-replacement" title={translate('case.sections.replacement')}>
          <ReplacementSection record={record} />
        </Section>
      )}

      {record.closure && (
        <Section id="case-closure" title={translate('case.sections.closure')}>
          <Box
            component="dl"
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, m: 0 }}
          >
            <Fact term={translate('resources.cases.fields.status')}>
              {label('caseStatus', record.status)}
            </Fact>
            <Fact term={translate('case.closedAt')}>{formatDateTime(record.closure.at, locale, zone)}</Fact>
            <Fact term={translate('case.referredTo')}>{record.closure.referredTo}</Fact>
            <Fact term={translate('case.reason')}>
              {/* A coded reason (the domain closes an executed decision as "decisionExecuted"), or the words given. */}
              {/^[A-Za-z]+$/.test(record.closure.reason)
                ? translate(`case.closureReasons.${record.closure.reason}`, { _: record.closure.reason })
                : record.closure.reason}
            </Fact>
          </Box>
        </Section>
      )}

      <Section id="case-timeline" title={translate('case.sections.timeline')}>
        <CaseTimeline entries={record.timeline ?? []} />
      </Section>
    </Stack>
  );
}

function CaseTitle() {
  const record = useRecordContext<EthicsCaseRecord>();
  const translate = useTranslate();
  return (
    <span>{`${translate('resources.cases.name', { smart_count: 1 })} ${record?.registerNumber ?? ''}`}</span>
  );
}

export function CaseShow({ id }: { readonly id?: Identifier }) {
  return (
    <Show title={<CaseTitle />} component="div" actions={false} {...(id === undefined ? {} : { id })}>
      <CaseShowLayout />
    </Show>
  );
}
