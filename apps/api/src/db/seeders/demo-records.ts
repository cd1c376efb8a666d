// The demo cases' records: an allegation on every case that was registered (found as the decision went),
// hearings with summons, attendance and minutes on the cases waiting in clarification and examination,
// and proceedings elsewhere (a Bawaslu referral, a PTUN lawsuit, the DKPP case behind a verdict). Steps
// are placed among the commands at times that keep the commands' own days unchanged.
import type { CaseActor, EthicsCase, RecordAction, Role } from '@etik/domain';
import type { DriveStep, RecordStep } from './case-driver.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A DKPP case number in its customary form, for a verdict read out a month before `at`. */
export const dkppCaseNumberOf = (at: Date): string => {
  const month = new Date(at.getTime() - 30 * DAY);
  return `12-PKE-DKPP/${ROMAN_MONTHS[month.getUTCMonth()]}/${month.getUTCFullYear()}`;
};

export interface DemoRecordWorld {
  readonly caseId: string;
  readonly ethicsCase: Pick<EthicsCase, 'commissionId' | 'respondents' | 'receivedAt' | 'source'>;
  /** Examiners in team order: the chair first. */
  readonly examiners: readonly { readonly personId: string; readonly name: string }[];
  /** A name for a witness summoned to the examination. */
  readonly witnessName: string;
}

/** The command steps with the demo's record steps placed among them. */
export function withDemoRecords(
  steps: readonly DriveStep[],
  target: string,
  world: DemoRecordWorld,
): (DriveStep | RecordStep)[] {
  const { caseId, ethicsCase } = world;
  const actor = (role: Role): CaseActor => ({
    userId: `user-${role}`,
    role,
    commissionId: ethicsCase.commissionId,
    ...(role === 'examiner' && world.examiners[0] ? { personId: world.examiners[0].personId } : {}),
  });
  const respondent = ethicsCase.respondents[0]!;
  const personal = ethicsCase.source === 'publicComplaint' || ethicsCase.source === 'report';
  const after = (type: DriveStep['command']['type']) => steps.find((step) => step.command.type === type);
  const result: (DriveStep | RecordStep)[] = [];
  const later: RecordStep[] = [];
  const record = (list: RecordStep[], action: RecordAction, role: Role, at: Date) =>
    list.push({ record: action, actor: actor(role), at });

  const decision = after('recordPlenaryDecision')?.command;
  const finding =
    decision?.type === 'recordPlenaryDecision' && decision.outcomes[0]?.finding === 'notProven'
      ? 'notProven'
      : 'proven';
  const allegationId = `${caseId}-allegation-1`;

  for (const step of steps) {
    result.push(step);
    const type = step.command.type;
    const pending: RecordStep[] = [];
    const at = (hours: number) => new Date(step.at.getTime() + hours * HOUR);
    if (type === 'register') {
      record(
        pending,
        {
          type: 'addAllegation',
          allegationId,
          allegation: {
            respondentMembershipId: respondent.membershipId,
            principle: 'independent',
            behaviour: 'remainNeutral',
            description:
              'Teradu mengarahkan pemilih untuk memilih salah satu peserta pemilu pada hari pemungutan suara.',
          },
        },
        'officer',
        at(1),
      );
      if (target === 'registered') {
        const sessionId = `${caseId}-clarification-1`;
        record(
          pending,
          {
            type: 'scheduleSession',
            sessionId,
            kind: 'clarification',
            scheduledAt: at(7 * 24),
            place: 'Ruang rapat KPU Kabupaten/Kota',
            agenda: 'Klarifikasi teradu atas rekomendasi Bawaslu',
          },
          'officer',
          at(2),
        );
        record(
          pending,
          summons(sessionId, { role: 'respondent', membershipId: respondent.membershipId }, at(3)),
          'officer',
          at(3),
        );
      }
    }
    if (type === 'formExaminationTeam' && after('submitExaminationReport')) {
      record(
        pending,
        {
          type: 'recordAllegationFinding',
          allegationId,
          finding,
          note:
            finding === 'proven' ? 'Terbukti dari video dan keterangan saksi.' : 'Tidak didukung alat bukti.',
        },
        'examiner',
        at(2),
      );
    }
    result.push(...pending);
    if (type === 'startClarification' && target === 'clarification') {
      const parties = [
        { role: 'respondent' as const, membershipId: respondent.membershipId },
        ...(personal ? [{ role: 'complainant' as const }] : []),
      ];
      hearing(later, 'clarification', `${caseId}-clarification-1`, at, parties, actor('officer'));
    }
    if (type === 'formExaminationTeam' && target === 'examination') {
      const parties = [
        { role: 'respondent' as const, membershipId: respondent.membershipId },
        ...(personal ? [{ role: 'complainant' as const }] : []),
        { role: 'witness' as const, name: world.witnessName },
      ];
      hearing(later, 'examination', `${caseId}-examination-1`, at, parties, actor('examiner'));
    }
  }

  const last = steps.at(-1);
  const afterAll = (days: number) => new Date((last?.at ?? ethicsCase.receivedAt).getTime() + days * DAY);
  if (target === 'referred') {
    record(
      later,
      {
        type: 'recordExternalProceeding',
        proceedingId: `${caseId}-proceeding-1`,
        forum: 'bawaslu',
        kind: 'referral',
        filedAt: afterAll(1),
        status: 'filed',
        externalNumber: `B-081/PP.01.02/${ethicsCase.receivedAt.getUTCFullYear()}`,
        reason: 'Teradu adalah anggota Panwaslu Kecamatan: ditangani Bawaslu Kabupaten.',
      },
      'officer',
      afterAll(1),
    );
  }
  if (ethicsCase.source === 'dkppVerdict') {
    record(
      later,
      {
        type: 'recordExternalProceeding',
        proceedingId: `${caseId}-proceeding-1`,
        forum: 'dkpp',
        kind: 'proceeding',
        filedAt: new Date(ethicsCase.receivedAt.getTime() - 30 * DAY),
        status: 'decided',
        externalNumber: dkppCaseNumberOf(ethicsCase.receivedAt),
        result: 'Teradu dijatuhi sanksi peringatan keras.',
      },
      'officer',
      afterAll(1),
    );
  }
  if (target === 'closed' && steps.some((step) => step.command.type === 'completeReplacement')) {
    record(
      later,
      {
        type: 'recordExternalProceeding',
        proceedingId: `${caseId}-proceeding-1`,
        forum: 'ptun',
        kind: 'proceeding',
        filedAt: afterAll(2),
        status: 'inProgress',
        externalNumber: `125/G/${ethicsCase.receivedAt.getUTCFullYear()}/PTUN.SBY`,
        result: 'Gugatan atas keputusan pemberhentian; sidang pembuktian berjalan.',
      },
      'officer',
      afterAll(3),
    );
  }
  return [...result, ...later];
}

function summons(
  sessionId: string,
  party: Extract<RecordAction, { type: 'recordSummons' }>['party'],
  sentAt: Date,
): RecordAction {
  return {
    type: 'recordSummons',
    sessionId,
    party,
    sentAt,
    method: 'letter',
    reference: `${sessionId}-panggilan`,
  };
}

/** A hearing a week after `at(0)`: scheduled and summoned at once, then attendance and minutes. */
function hearing(
  list: RecordStep[],
  kind: 'clarification' | 'examination',
  sessionId: string,
  at: (hours: number) => Date,
  parties: Extract<RecordAction, { type: 'recordSummons' }>['party'][],
  by: CaseActor,
): void {
  const held = at(7 * 24);
  const push = (action: RecordAction, when: Date) => list.push({ record: action, actor: by, at: when });
  push(
    {
      type: 'scheduleSession',
      sessionId,
      kind,
      scheduledAt: held,
      place: 'Ruang sidang KPU Kabupaten/Kota',
      agenda: kind === 'clarification' ? 'Klarifikasi para pihak' : 'Pemeriksaan teradu, pengadu dan saksi',
    },
    at(1),
  );
  for (const party of parties) push(summons(sessionId, party, at(2)), at(2));
  parties.forEach((party, index) => {
    const status =
      party.role === 'witness'
        ? 'absent'
        : party.role === 'complainant' && kind === 'examination'
          ? 'represented'
          : 'present';
    push(
      {
        type: 'recordAttendance',
        sessionId,
        party,
        status,
        ...(status === 'represented' ? { note: 'Diwakili kuasa berdasarkan surat kuasa khusus.' } : {}),
        ...(status === 'absent' ? { note: 'Tidak hadir tanpa keterangan.' } : {}),
      },
      new Date(held.getTime() + (3 + index) * 60_000 + 2 * HOUR),
    );
  });
  push(
    {
      type: 'recordSessionMinutes',
      sessionId,
      reference: `BA-${kind === 'clarification' ? 'KLAR' : 'PERIKSA'}/${sessionId.slice(-14)}`,
      summary:
        kind === 'clarification'
          ? 'Teradu hadir dan membenarkan kehadirannya di lokasi; pengadu menyerahkan rekaman video.'
          : 'Teradu memberikan keterangan; saksi tidak hadir; tim pemeriksa menilai alat bukti cukup.',
      outcomeNotes:
        kind === 'clarification'
          ? 'Terdapat indikasi pelanggaran: diusulkan pemeriksaan.'
          : 'Dilanjutkan ke penyusunan laporan pemeriksaan.',
    },
    new Date(held.getTime() + 4 * HOUR),
  );
}
