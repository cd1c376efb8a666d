// A walk through one realistic case, from the complaint to the replacement of the dismissed member,
// printing every step, its deadlines and its labels in both languages. Run: pnpm --filter @etik/domain demo
import {
  caseDeadlines,
  chooseReplacement,
  defaultCalendar,
  fileCase,
  formatLocalDate,
  epochDayOf,
  labelOf,
  messageOf,
  nextRegisterNumber,
  sanctionGuidance,
  searchTypicalViolations,
  transition,
  type CaseActor,
  type CaseCommand,
  type EthicsCase,
  type Membership,
  type RuleSet,
} from '../src/index.js';

// The package compiles without Node's or the DOM's globals (that is how purity is enforced); the demo only
// needs to print.
declare const console: { log(...values: unknown[]): void };

const COMMISSION = 'kpu-3507'; // KPU Kabupaten Malang
const officer: CaseActor = { userId: 'u-officer', role: 'officer', commissionId: COMMISSION };
const commissioner: CaseActor = { userId: 'u-commissioner', role: 'commissioner', commissionId: COMMISSION };
const examiner: CaseActor = {
  userId: 'u-examiner',
  role: 'examiner',
  commissionId: COMMISSION,
  personId: 'p-dewi',
};

const wib = (local: string) => new Date(`${local}+07:00`);
const day = (instant: Date) => formatLocalDate(epochDayOf(instant));
const both = (kind: Parameters<typeof labelOf>[0], code: string) =>
  `${labelOf(kind, code)} / ${labelOf(kind, code, 'en')}`;

const respondent = {
  membershipId: 'm-budi',
  personId: 'p-budi',
  name: 'Budi Santoso',
  bodyId: 'kpps-talangagung-004',
  bodyType: 'kpps' as const,
  position: 'member' as const,
};

function printDeadlines(ethicsCase: EthicsCase, ruleSet: RuleSet, now: Date) {
  for (const deadline of caseDeadlines(ethicsCase, { now, ruleSet, calendar: defaultCalendar })) {
    if (deadline.state === 'met') continue;
    const unit = labelOf('dayUnit', deadline.rule.unit);
    console.log(
      `      ⏱  ${labelOf('deadline', deadline.key)}: ${deadline.rule.amount} ${unit}, jatuh tempo ${day(deadline.dueAt)} — ${both('deadlineState', deadline.state)}`,
    );
  }
}

console.log('Etik — satu perkara dari aduan sampai PAW / one case from complaint to replacement\n');

const receivedAt = wib('2024-02-19T10:00:00');
const filed = fileCase(
  {
    id: 'case-2024-0007',
    commissionId: COMMISSION,
    receivedAt,
    respondents: [respondent],
    parties: [{ role: 'complainant', name: 'Ahmad Fauzi', personId: 'p-ahmad' }],
    complaint: {
      source: 'publicComplaint',
      complainant: { name: 'Ahmad Fauzi', idNumber: '3507012304850001', phone: '081234567890' },
      respondents: [
        {
          name: respondent.name,
          bodyType: 'kpps',
          position: 'member',
          membershipId: respondent.membershipId,
        },
      ],
      eventDate: wib('2024-02-14T08:30:00'),
      eventPlace: 'TPS 004 Desa Talangagung, Kecamatan Kepanjen',
      chronology:
        'Pada hari pemungutan suara teradu mengenakan kaos pasangan calon dan memberi salam dua jari kepada pemilih.',
      evidence: [{ kind: 'electronicData', description: 'Video 45 detik' }],
    },
  },
  { now: receivedAt, actor: officer, calendar: defaultCalendar },
);
if (!filed.ok) throw new Error(filed.error.code);
const { ruleSet } = filed.value;
let ethicsCase = filed.value.ethicsCase;
console.log(`${day(receivedAt)}  ${both('caseEvent', 'caseReceived')} — ${ruleSet.title}`);
console.log(`      ${both('caseSource', ethicsCase.source)}; ${both('caseTrack', ethicsCase.track)}`);
for (const deficiency of filed.value.completeness.deficiencies) {
  console.log(
    `      ⚠  ${deficiency.code}: ${messageOf(deficiency.code)} / ${messageOf(deficiency.code, 'en')}`,
  );
}
const picked = searchTypicalViolations('kaos dua jari')[0]?.violation;
if (picked)
  console.log(
    `      📖 ${picked.label.id} → ${picked.principles.map((p) => labelOf('principle', p)).join(', ')}`,
  );
printDeadlines(ethicsCase, ruleSet, receivedAt);

function step(at: string, actor: CaseActor, command: CaseCommand) {
  const now = wib(at);
  const result = transition(ethicsCase, command, { now, actor, ruleSet, calendar: defaultCalendar });
  if (!result.ok) {
    console.log(
      `${day(now)}  ✗ ${both('caseCommand', command.type)} — ${result.error.code}: ${messageOf(result.error.code)}`,
    );
    return result;
  }
  ethicsCase = result.value.ethicsCase;
  for (const event of result.value.events) {
    const change =
      event.type === 'membershipChangeOrdered' ? ` (${labelOf('membershipEvent', event.change)})` : '';
    console.log(
      `${day(now)}  ${both('caseEvent', event.type)}${change} → ${both('caseStatus', ethicsCase.status)}`,
    );
  }
  printDeadlines(ethicsCase, ruleSet, now);
  return result;
}

step('2024-02-19T11:00:00', officer, { type: 'startScreening' });
step('2024-02-20T09:00:00', officer, { type: 'requestCorrection', deficiencies: ['EVIDENCE_INSUFFICIENT'] });
step('2024-02-22T09:00:00', officer, {
  type: 'submitCorrection',
  complaint: {
    ...ethicsCase.complaint,
    evidence: [
      ...(ethicsCase.complaint.evidence ?? []),
      { kind: 'witnessStatement', description: 'Dua saksi di TPS' },
    ],
  },
});
step('2024-02-23T09:00:00', officer, {
  type: 'register',
  registerNumber: nextRegisterNumber('35.07', 2024, 6),
});
console.log(`      № ${ethicsCase.registerNumber}`);
step('2024-02-23T10:00:00', officer, { type: 'startClarification' });

const examiners = [
  { personId: 'p-dewi', name: 'Dewi Lestari', bodyIds: [], declarations: [] },
  { personId: 'p-agus', name: 'Agus Salim', bodyIds: [], declarations: [] },
  { personId: 'p-rina', name: 'Rina Marlina', bodyIds: ['kpps-talangagung-004'], declarations: [] },
];
const refused = step('2024-02-26T09:00:00', commissioner, {
  type: 'formExaminationTeam',
  chairPersonId: 'p-dewi',
  memberPersonIds: ['p-agus', 'p-rina'],
  teamMembers: examiners,
});
if (!refused.ok && refused.error.code === 'CONFLICT_OF_INTEREST') {
  for (const violation of refused.error.violations)
    console.log(`      ⚠  ${violation.code}: ${messageOf(violation.code)}`);
}
step('2024-02-26T10:00:00', commissioner, {
  type: 'formExaminationTeam',
  chairPersonId: 'p-dewi',
  memberPersonIds: ['p-agus', 'p-yusuf'],
  teamMembers: [
    ...examiners.slice(0, 2),
    { personId: 'p-yusuf', name: 'Yusuf Maulana', bodyIds: [], declarations: [] },
  ],
});
step('2024-03-05T15:00:00', examiner, {
  type: 'submitExaminationReport',
  summary: 'Terbukti dari video dan dua saksi.',
});

const proposal = { membershipId: 'm-budi', finding: 'proven' as const, outcome: 'strongWarning' as const };
for (const warning of sanctionGuidance([{ ...proposal, priorOutcomes: ['finalStrongWarning'] }])) {
  const suggestion = warning.suggested ? ` → ${labelOf('outcome', warning.suggested)}` : '';
  console.log(`      💡 ${messageOf(warning.code)}${suggestion}`);
}
step('2024-03-06T10:00:00', commissioner, {
  type: 'recordPlenaryDecision',
  plenary: { heldAt: wib('2024-03-06T09:00:00'), commissionersPresent: 5, commissionSize: 5 },
  outcomes: [{ ...proposal, outcome: 'permanentDismissal', principlesViolated: ['independent'] }],
});
step('2024-03-07T10:00:00', commissioner, {
  type: 'issueDecree',
  decreeNumber: '45/HK.06.2-Kpt/3507/2024',
  signedAt: wib('2024-03-07T09:00:00'),
});
for (const recipient of ['respondent', 'complainant', 'superiorBody', 'provincialCommission'] as const) {
  step('2024-03-08T10:00:00', officer, {
    type: 'recordDelivery',
    recipient,
    deliveredAt: wib('2024-03-08T09:00:00'),
    channel: 'Diantar',
  });
}
step('2024-03-08T11:00:00', officer, { type: 'startReplacement' });

const seat: Membership = {
  id: 'm-budi',
  personId: 'p-budi',
  bodyId: 'kpps-talangagung-004',
  bodyType: 'kpps',
  position: 'member',
  status: 'dismissed',
  history: [],
};
const pool: Membership[] = [
  { ...seat, id: 'm-sari', personId: 'p-sari', status: 'candidate', selectionRank: 9 },
  { ...seat, id: 'm-eko', personId: 'p-eko', status: 'candidate', selectionRank: 8 },
];
const choice = chooseReplacement(seat, pool);
if (choice.ok && choice.value.method === 'nextRank') {
  console.log(
    `      ↪ ${both('replacementMethod', 'nextRank')}: ${choice.value.candidate.id} (#${choice.value.candidate.selectionRank})`,
  );
  step('2024-03-11T10:00:00', officer, {
    type: 'completeReplacement',
    vacatedMembershipId: 'm-budi',
    replacementMembershipId: choice.value.candidate.id,
    method: 'nextRank',
    swornAt: wib('2024-03-11T09:00:00'),
    vacated: seat,
    memberships: [seat, ...pool],
  });
}
console.log(`\n${both('caseStatus', ethicsCase.status)} — versi ${ethicsCase.version}`);
