// Cases of one regency for the scale seeds, driven through the domain exactly as the demo seed drives its
// cases (`stepsTo` + `fileCase` + `transition`), without a database: the result is the stored record, its
// participant rows, the audit entries in order and the changes to the members' records (applied with the
// API's own `applyToMembership`, plus the replacement's appointment as the completeReplacement mutation
// does it). Spread over sources, statuses, outcomes and dates around Pemilu and Pilkada 2024.
import {
  defaultCalendar,
  fileCase,
  nextRegisterNumber,
  transition,
  type CaseActor,
  type CaseEvent,
  type CaseSource,
  type CaseStatus,
  type EthicsCase,
  type OutcomeInput,
  type Respondent,
} from '@etik/domain';
import type { Membership } from '../../adhoc-bodies/adhoc-body.entity.js';
import { applyToMembership, toDomainMembership } from '../../adhoc-bodies/membership.service.js';
import type { AuditEntry, AuditMeta } from '../../audit/audit-trail.js';
import type { EthicsCaseRecord } from '../../ethics-cases/ethics-case.entity.js';
import { applyToRecord, participantsOf, type ParticipantRow } from '../../ethics-cases/case.mapper.js';
import { ruleSetOf } from '../../ethics-cases/case-context.js';
import type { Prng } from '../../shared/prng.js';
import type { DriveStep } from './case-driver.js';
import { stepsTo } from './demo-seeder.js';
import { familyNames, firstNames, type RegencyWorld, type WorldBody } from './scale-world.js';

const DAY = 86_400_000;

export interface SeededCase {
  readonly record: EthicsCaseRecord;
  readonly participants: readonly ParticipantRow[];
  /** In the order the API would have appended them. */
  readonly audit: readonly { readonly entry: AuditEntry; readonly meta: Omit<AuditMeta, 'chain'> }[];
  readonly ethicsCase: EthicsCase;
}

export interface CaseStats {
  /** Cases whose first choice of target the domain refused, seeded as merely received instead. */
  fallbacks: number;
  /** Why: "<command> <error code>" → cases. */
  refusals: Record<string, number>;
  membershipChanges: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

function weighted<T>(prng: Prng, table: Weighted<T>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = prng.next() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

const SOURCES: Weighted<CaseSource> = [
  ['publicComplaint', 50],
  ['report', 10],
  ['bawasluRecommendation', 14],
  ['internalFinding', 8],
  ['adhocBodyReport', 6],
  ['dkppVerdict', 12],
];

/** Where cases of the KPU's own procedure end up; most are long finished. */
const INTERNAL_TARGETS: Weighted<CaseStatus> = [
  ['received', 3],
  ['screening', 3],
  ['awaitingCorrection', 2],
  ['registered', 2],
  ['clarification', 3],
  ['examination', 3],
  ['awaitingPlenary', 2],
  ['decided', 2],
  ['decreeIssued', 2],
  ['delivered', 3],
  ['replacementInProgress', 1],
  ['closed', 44],
  ['rejected', 9],
  ['referred', 5],
  ['discontinued', 11],
  ['withdrawn', 5],
];
const DKPP_TARGETS: Weighted<CaseStatus> = [
  ['received', 6],
  ['decided', 4],
  ['decreeIssued', 5],
  ['delivered', 5],
  ['replacementInProgress', 3],
  ['closed', 77],
];
/** Cases of the 2019 election, under PKPU 8/2019 (DKPP decides a temporary dismissal). */
const TARGETS_2019: Weighted<CaseStatus> = [
  ['closed', 60],
  ['rejected', 12],
  ['discontinued', 18],
  ['awaitingDkpp', 10],
];
const OUTCOMES: Weighted<OutcomeInput['outcome']> = [
  ['rehabilitation', 35],
  ['warning', 30],
  ['strongWarning', 15],
  ['finalStrongWarning', 7],
  ['temporaryDismissal', 3],
  ['permanentDismissal', 10],
];
const OUTCOMES_2019: Weighted<OutcomeInput['outcome']> = [
  ['rehabilitation', 40],
  ['warning', 40],
  ['strongWarning', 20],
];

const TERMINAL: readonly CaseStatus[] = ['closed', 'rejected', 'referred', 'discontinued', 'withdrawn'];

const utc = (iso: string) => Date.parse(iso);
const KPPS_FORMED = utc('2024-01-26T00:00:00Z');

/** A receipt date: around polling day of Pemilu 2024, of Pilkada 2024, in the run-up, or any time. */
function receivedAtOf(prng: Prng): Date {
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
  const clip = (value: number, from: string, to: string) => Math.min(Math.max(value, utc(from)), utc(to));
  const roll = prng.next();
  let day: number;
  if (roll < 0.01) day = prng.int(utc('2019-04-20'), utc('2019-09-30'));
  else if (roll < 0.36)
    day = clip(utc('2024-02-14') + (12 + 20 * gaussian()) * DAY, '2023-11-01', '2024-06-30');
  else if (roll < 0.61)
    day = clip(utc('2024-11-27') + (10 + 18 * gaussian()) * DAY, '2024-09-01', '2025-02-28');
  else if (roll < 0.76) day = prng.int(utc('2023-01-02'), utc('2023-12-31'));
  else day = prng.int(utc('2024-01-01'), utc('2025-06-30'));
  const midnight = Math.floor(day / DAY) * DAY;
  // Office hours in WIB (UTC+7): 08:00–16:59.
  return new Date(midnight + prng.int(1, 9) * 3_600_000 + prng.int(0, 59) * 60_000);
}

const fullName = (prng: Prng) =>
  `${prng.pick(prng.next() < 0.5 ? firstNames.male : firstNames.female)} ${prng.pick(familyNames)}`;

const CHRONOLOGIES = [
  'Pada hari pemungutan suara teradu mengarahkan pemilih untuk memilih salah satu peserta pemilu dan tidak netral.',
  'Teradu mengubah perolehan suara pada formulir hasil penghitungan di tingkat TPS tanpa disaksikan saksi.',
  'Teradu menerima sejumlah uang dari tim kampanye sebelum rekapitulasi tingkat kecamatan dilaksanakan.',
  'Teradu mengunggah dukungan kepada salah satu pasangan calon di media sosial selama masa tenang.',
  'Teradu tidak hadir dalam rapat pleno rekapitulasi dan tidak menyampaikan alasan yang sah.',
  'Teradu merupakan anggota partai politik dan tidak mengungkapkannya ketika mendaftar sebagai penyelenggara.',
];

function complaintOf(
  source: CaseSource,
  respondents: readonly Respondent[],
  bodies: ReadonlyMap<string, WorldBody>,
  receivedAt: Date,
  prng: Prng,
  confidential: boolean,
  complainant: string,
) {
  const personal = source === 'publicComplaint' || source === 'report';
  const eventDate = new Date(receivedAt.getTime() - prng.int(1, 6) * DAY);
  const firstBody = bodies.get(respondents[0]!.bodyId)!.body;
  return {
    source,
    ...(personal
      ? {
          complainant: {
            name: complainant,
            idNumber: `${firstBody.region.code.replace(/\./g, '').slice(0, 6)}${String(prng.int(1_000_000_000, 9_999_999_999))}`,
            address: `Jl. ${prng.pick(familyNames)} No. ${prng.int(1, 199)}`,
            phone: `08${prng.int(11, 59)}${String(prng.int(0, 99_999_999)).padStart(8, '0')}`,
            ...(confidential ? { confidential: true } : {}),
          },
        }
      : {}),
    respondents: respondents.map((respondent) => ({
      name: respondent.name,
      membershipId: respondent.membershipId,
      bodyType: respondent.bodyType,
      position: respondent.position,
      bodyName: bodies.get(respondent.bodyId)!.body.name,
    })),
    eventDate,
    knownAt: eventDate,
    eventPlace: firstBody.name,
    chronology: prng.pick(CHRONOLOGIES),
    evidence: [
      { kind: 'electronicData', description: 'Rekaman video dari telepon genggam' },
      { kind: 'witnessStatement', description: 'Keterangan dua orang saksi' },
    ],
    ...(personal
      ? {}
      : { sourceReference: `B-${prng.int(100, 999)}/PM.00.02/${receivedAt.getUTCFullYear()}` }),
  };
}

const respondentOf = (membership: Membership): Respondent => ({
  membershipId: membership.id,
  personId: membership.person.id,
  name: membership.person.name,
  bodyId: membership.body.id,
  bodyType: membership.body.type,
  position: membership.position,
});

interface Driven {
  readonly ethicsCase: EthicsCase;
  readonly stepEvents: readonly {
    readonly step: DriveStep;
    readonly events: readonly CaseEvent[];
    readonly before: EthicsCase;
    readonly after: EthicsCase;
  }[];
}

/** Files and drives the case through the domain; what the domain refused, if it refuses a step. */
function drive(
  input: Parameters<typeof fileCase>[0],
  filer: CaseActor,
  steps: readonly DriveStep[],
): Driven | string {
  const filed = fileCase(input, { now: input.receivedAt, actor: filer, calendar: defaultCalendar });
  if (!filed.ok) return `fileCase ${filed.error.code}`;
  let ethicsCase = filed.value.ethicsCase;
  const stepEvents: Driven['stepEvents'][number][] = [];
  for (const step of steps) {
    const result = transition(ethicsCase, step.command, {
      now: step.at,
      actor: step.actor,
      ruleSet: ruleSetOf(ethicsCase.ruleSetCode),
      calendar: defaultCalendar,
    });
    if (!result.ok) return `${step.command.type} ${result.error.code}`;
    stepEvents.push({
      step,
      events: result.value.events,
      before: ethicsCase,
      after: result.value.ethicsCase,
    });
    ethicsCase = result.value.ethicsCase;
  }
  return { ethicsCase, stepEvents };
}

/**
 * Generates `count` cases for the regency, in order of receipt, and applies their membership changes to
 * the world's members. Respondents are active members no other case of the regency names.
 */
export function* generateRegencyCases(
  world: RegencyWorld,
  count: number,
  stats: CaseStats,
): Generator<SeededCase> {
  const { prng, commission } = world;
  const regionCode = commission.region!.code;
  const digits = regionCode.replace('.', '');
  const dates = Array.from({ length: count }, () => receivedAtOf(prng)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const bodies = new Map(world.bodies.map((entry) => [entry.body.id, entry]));
  const used = new Set<string>();
  const registered = new Map<number, number>();
  const officer: CaseActor = { userId: 'user-officer', role: 'officer', commissionId: commission.id };

  const pickRespondents = (receivedAt: Date): Membership[] => {
    const kppsAllowed = receivedAt.getTime() >= KPPS_FORMED && world.bodiesByType.kpps.length > 0;
    const wanted = weighted(prng, [
      [1, 78],
      [2, 15],
      [3, 7],
    ] as const);
    // Members no other case names first; when a small regency runs out (many cases asked for), repeat ones.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const type = weighted(prng, [
        ['kpps', kppsAllowed ? 70 : 0],
        ['pps', 18],
        ['ppk', 12],
      ] as const);
      const { members } = prng.pick(world.bodiesByType[type]);
      const free = members.filter((m) => m.status === 'active' && (attempt >= 20 || !used.has(m.id)));
      if (free.length === 0) continue;
      const chosen: Membership[] = [];
      while (chosen.length < Math.min(wanted, free.length)) {
        const candidate = prng.pick(free);
        if (!chosen.includes(candidate)) chosen.push(candidate);
      }
      return chosen.sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    throw new Error(`No free respondent left in ${regionCode}`);
  };

  for (const [index, receivedAt] of dates.entries()) {
    const id = `case-${regionCode}-${String(index + 1).padStart(5, '0')}`;
    const in2019 = receivedAt.getUTCFullYear() === 2019;
    const source: CaseSource = in2019 ? 'publicComplaint' : weighted(prng, SOURCES);
    const personal = source === 'publicComplaint' || source === 'report';
    // Only a complainant can withdraw; cases received in the last months are mostly still open.
    const recent = receivedAt.getTime() >= utc('2025-03-01');
    const internal = INTERNAL_TARGETS.filter(([status]) => personal || status !== 'withdrawn').map(
      ([status, weight]) => [status, recent && TERMINAL.includes(status) ? weight / 4 : weight] as const,
    );
    const target = weighted(prng, in2019 ? TARGETS_2019 : source === 'dkppVerdict' ? DKPP_TARGETS : internal);
    const members = pickRespondents(receivedAt);
    let outcome = in2019 ? weighted(prng, OUTCOMES_2019) : weighted(prng, OUTCOMES);
    if (target === 'awaitingDkpp') outcome = 'temporaryDismissal';
    if (target === 'replacementInProgress') outcome = 'permanentDismissal';
    const respondents = members.map(respondentOf);
    const complainant = fullName(prng);
    const complaint = complaintOf(
      source,
      respondents,
      bodies,
      receivedAt,
      prng,
      personal && prng.next() < 0.06,
      complainant,
    );
    const input = {
      id,
      commissionId: commission.id,
      receivedAt,
      complaint,
      respondents,
      parties: personal ? [{ role: 'complainant' as const, name: complainant }] : [],
      ...(source === 'internalFinding' ? { findingPlenaryHeldAt: receivedAt } : {}),
    };
    // A ranked candidate of the same body for each dismissed member, where there is one (KPPS: none, the
    // PPS appoints a replacement).
    const reserves = new Map<string, Membership>();
    for (const member of members) {
      const reserve = bodies
        .get(member.body.id)!
        .members.find(
          (m) => m.status === 'candidate' && !used.has(m.id) && ![...reserves.values()].includes(m),
        );
      if (reserve) reserves.set(member.id, reserve);
    }
    const year = receivedAt.getUTCFullYear();
    const sequence = (registered.get(year) ?? 0) + 1;
    const build = (status: CaseStatus) =>
      stepsTo(
        status,
        { commissionId: commission.id, respondents, receivedAt, source },
        {
          examiners: world.examiners,
          replacementFor: (membershipId) => {
            const reserve = reserves.get(membershipId);
            return reserve ? toDomainMembership(reserve) : undefined;
          },
        },
        {
          outcome,
          registerNumber: nextRegisterNumber(digits, year, sequence - 1 || undefined),
          ...(in2019 ? { ruleSetCode: 'PKPU-8-2019' } : {}),
        },
      );
    let steps = build(target);
    let driven = drive(input, officer, steps);
    // A PPK or PPS seat with no reserve left cannot be filled by the rules (only a KPPS seat may be, by the
    // PPS): such a case waits in replacement, as it would in an office.
    if (typeof driven === 'string' && driven.startsWith('completeReplacement ')) {
      steps = build('replacementInProgress');
      driven = drive(input, officer, steps);
    }
    if (typeof driven === 'string') {
      stats.fallbacks += 1;
      stats.refusals[driven] = (stats.refusals[driven] ?? 0) + 1;
      steps = []; // merely received
      driven = drive(input, officer, steps);
      if (typeof driven === 'string') throw new Error(`${id}: ${driven}`);
    }
    if (steps.some((step) => step.command.type === 'register')) registered.set(year, sequence);
    for (const member of members) used.add(member.id);

    // Audit entries and membership changes, in the order the API would write them.
    const audit: { entry: AuditEntry; meta: Omit<AuditMeta, 'chain'> }[] = [
      {
        entry: {
          action: 'caseReceived',
          entityType: 'case',
          entityId: id,
          after: { status: 'received', version: 1 },
        },
        meta: { at: receivedAt, actorUserId: officer.userId, actorRole: officer.role },
      },
    ];
    for (const { step, events, before, after } of driven.stepEvents) {
      const meta = { at: step.at, actorUserId: step.actor.userId, actorRole: step.actor.role };
      for (const event of events) {
        if (event.type === 'membershipChangeOrdered') continue;
        audit.push({
          entry: {
            action: event.type,
            entityType: 'case',
            entityId: id,
            before: { status: before.status, version: before.version },
            after: { status: after.status, version: after.version, command: step.command },
          },
          meta,
        });
      }
      for (const event of events) {
        if (event.type !== 'membershipChangeOrdered') continue;
        const membership = world.membershipsById.get(event.membershipId);
        if (!membership) continue;
        // The membership's JSON history carries the change; the seeder writes its rows from it.
        const applied = applyToMembership(
          membership,
          { type: event.change, reference: `case:${id}` },
          step.at,
          id,
        );
        if (applied) {
          audit.push({ entry: applied.audit, meta });
          stats.membershipChanges += 1;
        }
      }
      const command = step.command;
      if (command.type === 'completeReplacement' && command.replacementMembershipId) {
        const replacement = world.membershipsById.get(command.replacementMembershipId);
        const vacated = world.membershipsById.get(command.vacatedMembershipId);
        if (replacement && vacated) {
          const applied = applyToMembership(
            replacement,
            {
              type: 'appoint',
              oathTakenAt: command.swornAt,
              integrityPactSignedAt: command.swornAt,
              reference: `case:${id}`,
            },
            command.swornAt,
            id,
          );
          if (applied) {
            replacement.replaces = vacated;
            used.add(replacement.id);
            audit.push({ entry: applied.audit, meta });
            stats.membershipChanges += 1;
          }
        }
      }
    }
    const record = {} as EthicsCaseRecord;
    const updatedAt = steps.at(-1)?.at ?? receivedAt;
    applyToRecord(record, driven.ethicsCase, commission, updatedAt, defaultCalendar);
    record.version = driven.ethicsCase.version;
    yield { record, participants: participantsOf(driven.ethicsCase), audit, ethicsCase: driven.ethicsCase };
  }
}
