// Valid commands and actors for any case: the raw material of the property tests, the demo and the
// benchmark. Exported as `@etik/domain/testing` so embedders can drive their own tests the same way.
import { recipientsStillOwed, seatsStillOpen } from '../ethics-case/case-facts.js';
import type { CaseCommand } from '../ethics-case/case-command.js';
import type { CaseActor } from '../ethics-case/case-context.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import type { Membership } from '../membership/membership.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import { invariant } from '../shared/invariant.js';
import type { CaseCommandType, Outcome, Role } from '../vocabulary/codes.js';

/** A source of choices in [0, n): deterministic in tests (a seeded generator), random in a fuzzer. */
export type Choose = (n: number) => number;
export const firstChoice: Choose = () => 0;

/** Persons no case of the samples involves: free to sit on an examination team. */
export const SAMPLE_EXAMINERS = [
  { personId: 'person-examiner-1', name: 'Dewi Lestari' },
  { personId: 'person-examiner-2', name: 'Agus Salim' },
  { personId: 'person-examiner-3', name: 'Rina Marlina' },
] as const;

const ROLE_FOR: { readonly [C in CaseCommandType]: Role } = {
  startScreening: 'officer',
  requestCorrection: 'officer',
  submitCorrection: 'officer',
  register: 'officer',
  startClarification: 'officer',
  discontinue: 'commissioner',
  formExaminationTeam: 'commissioner',
  submitExaminationReport: 'examiner',
  recordPlenaryDecision: 'commissioner',
  forwardToDkpp: 'commissioner',
  recordDkppVerdict: 'officer',
  issueDecree: 'commissioner',
  recordDelivery: 'officer',
  startReplacement: 'officer',
  completeReplacement: 'officer',
  refer: 'commissioner',
  reject: 'officer',
  withdraw: 'officer',
  close: 'officer',
};

/** An actor of the case's own commission whose role may give the command. */
export function sampleActor(ethicsCase: EthicsCase, type: CaseCommandType): CaseActor {
  const role = ROLE_FOR[type];
  const base = { userId: `user-${role}`, role, commissionId: ethicsCase.commissionId };
  return role === 'examiner' ? { ...base, personId: SAMPLE_EXAMINERS[0].personId } : base;
}

const pick = <T>(items: readonly T[], choose: Choose): T => {
  const item = items[choose(items.length)];
  invariant(item !== undefined, 'choose() returned an index out of range');
  return item;
};

function sampleOutcomes(ethicsCase: EthicsCase, allowed: readonly Outcome[], choose: Choose) {
  return ethicsCase.respondents.map((respondent) => {
    const outcome = pick(allowed, choose);
    return {
      membershipId: respondent.membershipId,
      finding: outcome === 'rehabilitation' ? ('notProven' as const) : ('proven' as const),
      outcome,
      principlesViolated: outcome === 'rehabilitation' ? [] : ['independent'],
    };
  });
}

/**
 * A command of the given type that carries a valid payload for this case. Whether the case accepts it
 * is still up to `transition`: this only fills in the form.
 */
export function sampleCommand(
  ethicsCase: EthicsCase,
  type: CaseCommandType,
  options: { readonly now: Date; readonly ruleSet: RuleSet; readonly choose?: Choose },
): CaseCommand {
  const { now, ruleSet } = options;
  const choose = options.choose ?? firstChoice;
  switch (type) {
    case 'requestCorrection':
      return { type, deficiencies: ['CHRONOLOGY_TOO_SHORT'] };
    case 'submitCorrection':
      return { type, complaint: ethicsCase.complaint };
    case 'register':
      return { type, registerNumber: `0001/ETIK/3507/${now.getUTCFullYear()}` };
    case 'discontinue':
      return { type, reason: 'Klarifikasi tidak menemukan indikasi pelanggaran.' };
    case 'formExaminationTeam': {
      const [chair, ...members] = SAMPLE_EXAMINERS;
      return {
        type,
        chairPersonId: chair.personId,
        memberPersonIds: members.map((member) => member.personId),
        teamMembers: SAMPLE_EXAMINERS.map((examiner) => ({ ...examiner, bodyIds: [], declarations: [] })),
      };
    }
    case 'submitExaminationReport':
      return { type, summary: 'Tim pemeriksa telah memeriksa para pihak dan alat bukti.' };
    case 'recordPlenaryDecision':
      return {
        type,
        plenary: { heldAt: now, commissionersPresent: 5, commissionSize: 5 },
        outcomes: sampleOutcomes(ethicsCase, ruleSet.allowedOutcomes, choose),
      };
    case 'recordDkppVerdict':
      return {
        type,
        dkppCaseNumber: '69-PKE-DKPP/V/2024',
        readAt: now,
        outcomes: sampleOutcomes(ethicsCase, ['rehabilitation', 'warning', 'permanentDismissal'], choose),
      };
    case 'issueDecree':
      return { type, decreeNumber: '12/HK.06.2-Kpt/3507/2025', signedAt: now };
    case 'recordDelivery': {
      const owed = recipientsStillOwed(ethicsCase, ruleSet);
      return { type, recipient: owed[0] ?? 'respondent', deliveredAt: now, channel: 'Diantar langsung' };
    }
    case 'completeReplacement': {
      const seat = seatsStillOpen(ethicsCase)[0] ?? 'no-open-seat';
      const respondent = ethicsCase.respondents.find((r) => r.membershipId === seat);
      const vacated: Membership = {
        id: seat,
        personId: `${seat}-person`,
        bodyId: respondent?.bodyId ?? 'no-body',
        bodyType: respondent?.bodyType ?? 'kpps',
        position: 'member',
        status: 'dismissed',
        history: [],
      };
      const reserve: Membership = {
        ...vacated,
        id: `${seat}-replacement`,
        personId: `${seat}-replacement-person`,
        status: 'candidate',
        selectionRank: 1,
      };
      return {
        type,
        vacatedMembershipId: seat,
        replacementMembershipId: reserve.id,
        method: 'nextRank',
        swornAt: now,
        vacated,
        memberships: [vacated, reserve],
      };
    }
    case 'refer':
      return { type, referredTo: 'Bawaslu Kabupaten', reason: 'Teradu adalah anggota Panwaslu Kecamatan.' };
    case 'reject':
      return { type, reason: 'Syarat formil tidak terpenuhi.' };
    case 'withdraw':
      return { type, reason: 'Pengadu mencabut aduan.' };
    default:
      return { type };
  }
}
