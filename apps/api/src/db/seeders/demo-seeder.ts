// The demo data: every real region of idn-area-data and a commission per province and regency, synthetic
// ad hoc bodies and members in three regencies, a user for every role, and cases in every status. Dated relative
// to the seeding day (a case due today, some this week, a few overdue by days, some closed last month), so the
// dashboard makes sense on any day; deterministic for a given day: a seeded PRNG, so two runs on the same day
// produce the same rows (except password salts).
// Its accounts share DEMO_PASSWORD, which is published: never for a real installation (SEED_DEMO).
import type { EntityManager } from '@mikro-orm/knex';
import {
  defaultCalendar,
  nextRegisterNumber,
  recipientsStillOwed,
  type BodyType,
  type CaseActor,
  type CaseSource,
  type EthicsCase,
  type Membership as DomainMembership,
  type OutcomeInput,
  type Position,
  type Role,
} from '@etik/domain';
import { AdhocBody, Membership, Person } from '../../adhoc-bodies/adhoc-body.entity.js';
import { changesFromHistory, toDomainMembership } from '../../adhoc-bodies/membership.service.js';
import { hashPassword } from '../../auth/password.js';
import { Commission } from '../../commissions/commission.entity.js';
import { Region } from '../../regions/region.entity.js';
import { ruleSetOf } from '../../ethics-cases/case-context.js';
import { User } from '../../users/user.entity.js';
import { createPrng, type Prng } from '../../shared/prng.js';
import type { Orm } from '../orm.js';
import { driveCase, type DriveStep } from './case-driver.js';
import { NATIONAL_COMMISSION, seedAllRegions } from './region-rows.js';
import { commissionIdOf } from './scale-world.js';
import { dkppCaseNumberOf, withDemoRecords } from './demo-records.js';
import { demoElectionOfCase, seedDemoElections, type DemoElection } from './demo-elections.js';

export const DEMO_PASSWORD = 'etik-demo-2024';
export const DEMO_SEED = 20240214;

/** Two regencies of Jawa Timur and one city in Aceh (where the commission is a KIP). */
export const DEMO_REGENCIES = ['35.26', '35.28', '11.71'] as const;

const FIRST_NAMES = [
  'Ahmad',
  'Siti',
  'Budi',
  'Dewi',
  'Agus',
  'Rina',
  'Hasan',
  'Nur',
  'Imam',
  'Lilis',
  'Fajar',
  'Yuni',
  'Rahmat',
  'Wahyu',
  'Fitri',
  'Teuku',
  'Cut',
  'Moh.',
  'Umi',
  'Slamet',
];
const LAST_NAMES = [
  'Hidayat',
  'Aminah',
  'Santoso',
  'Lestari',
  'Salim',
  'Marlina',
  'Basri',
  'Hasanah',
  'Fauzi',
  'Rahman',
  'Syafii',
  'Wulandari',
  'Kurniawan',
  'Maulana',
  'Sari',
  'Iskandar',
  'Zainab',
  'Anwar',
];

export interface DemoUser {
  readonly username: string;
  readonly role: Role;
  readonly commissionId: string;
}

export interface SeedSummary {
  readonly users: DemoUser[];
  readonly cases: number;
}

/**
 * The reference data, no accounts: every region and commission of the country, in bulk, when the database
 * has no commission yet (a real installation starts from it). Returns what was loaded, or undefined.
 */
export async function seedReferenceData(
  orm: Orm,
): Promise<{ regions: number; commissions: number } | undefined> {
  if ((await orm.em.fork().count(Commission)) > 0) return undefined;
  return seedAllRegions(orm);
}

/** The whole country's regions and commissions (unless loaded already), then the demo regencies' commissions, loaded. */
async function seedRegionsAndCommissions(orm: Orm, em: EntityManager) {
  await seedReferenceData(orm);
  const national = await em.findOneOrFail(Commission, { id: NATIONAL_COMMISSION.id });
  const loaded = await em.find(
    Commission,
    { id: { $in: DEMO_REGENCIES.map(commissionIdOf) } },
    { populate: ['region', 'parent'] },
  );
  const regencyCommissions = DEMO_REGENCIES.map((code) =>
    loaded.find((commission) => commission.id === commissionIdOf(code))!,
  );
  return { national, regencyCommissions };
}

/** A synthetic 16-digit NIK: regency digits, district, a birth date, a sequence. */
const nikOf = (regionCode: string, prng: Prng, sequence: number): string =>
  `${regionCode.replace(/\./g, '').slice(0, 6).padEnd(6, '0')}${String(prng.int(1, 28)).padStart(2, '0')}${String(prng.int(1, 12)).padStart(2, '0')}${String(prng.int(70, 99))}${String(sequence).padStart(4, '0')}`;

async function seedBodies(em: EntityManager, prng: Prng, commissions: Commission[], appointedAt: Date) {
  let sequence = 0;
  const newPerson = (regionCode: string, idPrefix: string) => {
    sequence += 1;
    return Object.assign(new Person(), {
      id: `${idPrefix}-${sequence}`,
      nik: nikOf(regionCode, prng, sequence),
      name: `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
      address: `Dusun ${prng.pick(LAST_NAMES)} RT ${prng.int(1, 9)}/RW ${prng.int(1, 5)}`,
      phone: `08${prng.int(11, 59)}${String(prng.int(0, 99_999_999)).padStart(8, '0')}`,
    });
  };
  const addBody = (
    commission: Commission,
    type: BodyType,
    region: Region,
    name: string,
    seats: number,
    reserves: number,
  ) => {
    const body = Object.assign(new AdhocBody(), {
      id: `${type}-${region.code}${type === 'kpps' ? '-tps001' : ''}`,
      type,
      name,
      region,
      commission,
      tpsNumber: type === 'kpps' ? 1 : null,
    });
    em.persist(body);
    const members: Membership[] = [];
    for (let seat = 0; seat < seats + reserves; seat += 1) {
      const person = newPerson(region.code, 'person');
      const position: Position = seat === 0 ? 'chair' : 'member';
      const active = seat < seats;
      const membership = Object.assign(new Membership(), {
        id: `m-${body.id}-${seat + 1}`,
        person,
        body,
        position,
        status: active ? 'active' : 'candidate',
        selectionRank: seat + 1,
        replaces: null,
        statusHistory: active
          ? [
              {
                status: 'active',
                at: appointedAt.toISOString(),
                reason: 'appoint',
                reference: `SK ${body.id}`,
              },
            ]
          : [],
      });
      em.persist([person, membership, ...changesFromHistory(membership)]);
      members.push(membership);
    }
    return { body, members };
  };
  const bodies: { body: AdhocBody; members: Membership[] }[] = [];
  for (const commission of commissions) {
    const districts = await em.find(
      Region,
      { parent: { code: commission.region!.code }, level: 'district' },
      { orderBy: { code: 'asc' }, limit: 3 },
    );
    for (const district of districts) {
      bodies.push(addBody(commission, 'ppk', district, `PPK Kecamatan ${district.name}`, 5, 2));
      const villages = await em.find(
        Region,
        { parent: { code: district.code } },
        { orderBy: { code: 'asc' }, limit: 2 },
      );
      for (const village of villages) {
        bodies.push(addBody(commission, 'pps', village, `PPS ${village.name}`, 3, 1));
        bodies.push(addBody(commission, 'kpps', village, `KPPS TPS 001 ${village.name}`, 7, 2));
      }
    }
  }
  return { bodies, newPerson };
}

async function seedUsers(
  em: EntityManager,
  national: Commission,
  regencies: Commission[],
  newPerson: (code: string, prefix: string) => Person,
) {
  const users: DemoUser[] = [];
  const examinerPersons = new Map<string, Person[]>();
  const add = async (username: string, role: Role, commission: Commission, personId?: string) => {
    em.persist(
      Object.assign(new User(), {
        id: `user-${username}`,
        username,
        displayName: username,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        role,
        commission,
        personId: personId ?? null,
      }),
    );
    users.push({ username, role, commissionId: commission.id });
  };
  await add('admin.ri', 'nationalAdmin', national);
  const provincials = [
    ...new Map(regencies.map((regency) => [regency.parent!.id, regency.parent!])).values(),
  ];
  for (const provincial of provincials) {
    const slug = provincial.id.replace(/^(kpu|kip)-/, '');
    await add(`supervisor.${slug}`, 'provincialSupervisor', provincial);
    await add(`analyst.${slug}`, 'analyst', provincial);
  }
  for (const commission of regencies) {
    const slug = commission.id.replace(/^(kpu|kip)-/, '');
    await add(`officer.${slug}`, 'officer', commission);
    await add(`commissioner.${slug}`, 'commissioner', commission);
    const persons: Person[] = [];
    for (let index = 1; index <= 3; index += 1) {
      const person = newPerson(commission.region!.code, `staff-${slug}`);
      em.persist(person);
      persons.push(person);
      await add(`examiner${index}.${slug}`, 'examiner', commission, person.id);
    }
    examinerPersons.set(commission.id, persons);
  }
  return { users, examinerPersons };
}

// ---- cases ----

interface CaseWorld {
  readonly commission: Commission;
  readonly bodies: { body: AdhocBody; members: Membership[] }[];
  readonly examiners: Person[];
}

const DAY = 86_400_000;

/** Builds the command steps that take a filed case to `target`, one day apart. */
export function stepsTo(
  target: string,
  ethicsCase: Pick<EthicsCase, 'commissionId' | 'respondents' | 'receivedAt' | 'source'>,
  world: {
    examiners: readonly { personId: string; name: string }[];
    /** The reserve that fills a respondent's seat, if any (else the PPS appoints). */
    replacementFor?: (membershipId: string) => DomainMembership | undefined;
  },
  options: { outcome?: OutcomeInput['outcome']; ruleSetCode?: string; registerNumber?: string } = {},
): DriveStep[] {
  const actor = (role: Role, personId?: string): CaseActor => ({
    userId: `user-${role}`,
    role,
    commissionId: ethicsCase.commissionId,
    ...(personId ? { personId } : {}),
  });
  const officer = actor('officer');
  const commissioner = actor('commissioner');
  const examiner = actor('examiner', world.examiners[0]?.personId);
  let day = 0;
  const at = () => new Date(ethicsCase.receivedAt.getTime() + ++day * DAY);
  const steps: DriveStep[] = [];
  const push = (command: DriveStep['command'], by: CaseActor) => steps.push({ command, actor: by, at: at() });
  const done = (status: string) => status === target;
  const outcome = options.outcome ?? 'warning';
  const outcomes = ethicsCase.respondents.map((respondent) => ({
    membershipId: respondent.membershipId,
    finding: outcome === 'rehabilitation' ? ('notProven' as const) : ('proven' as const),
    outcome,
    principlesViolated: outcome === 'rehabilitation' ? [] : ['independent'],
  }));

  if (target === 'received') return steps;
  if (ethicsCase.source === 'dkppVerdict') {
    push(
      {
        type: 'recordDkppVerdict',
        dkppCaseNumber: dkppCaseNumberOf(ethicsCase.receivedAt),
        readAt: new Date(ethicsCase.receivedAt.getTime() - DAY),
        outcomes,
      },
      officer,
    );
  } else {
    if (target === 'withdrawn') {
      push({ type: 'withdraw', reason: 'Pengadu mencabut pengaduan secara tertulis' }, officer);
      return steps;
    }
    push({ type: 'startScreening' }, officer);
    if (done('screening')) return steps;
    if (target === 'awaitingCorrection' || target === 'rejected') {
      push({ type: 'requestCorrection', deficiencies: ['EVIDENCE_INSUFFICIENT'] }, officer);
      if (done('awaitingCorrection')) return steps;
      day += 4;
      push({ type: 'reject', reason: 'Perbaikan tidak disampaikan dalam batas waktu' }, officer);
      return steps;
    }
    if (target === 'referred') {
      push(
        { type: 'refer', referredTo: 'Bawaslu Kabupaten', reason: 'Teradu adalah anggota Panwascam' },
        commissioner,
      );
      return steps;
    }
    push(
      {
        type: 'register',
        registerNumber: options.registerNumber ?? `0001/ETIK/0000/${ethicsCase.receivedAt.getUTCFullYear()}`,
      },
      officer,
    );
    if (done('registered')) return steps;
    push({ type: 'startClarification' }, officer);
    if (done('clarification')) return steps;
    if (target === 'discontinued') {
      push({ type: 'discontinue', reason: 'Tidak ditemukan indikasi pelanggaran' }, commissioner);
      return steps;
    }
    const [chair, ...members] = world.examiners;
    const teamMembers = world.examiners.map((person) => ({ ...person, bodyIds: [], declarations: [] }));
    push(
      {
        type: 'formExaminationTeam',
        chairPersonId: chair!.personId,
        memberPersonIds: members.map((m) => m.personId),
        teamMembers,
      },
      commissioner,
    );
    if (done('examination')) return steps;
    push(
      { type: 'submitExaminationReport', summary: 'Teradu terbukti melanggar prinsip mandiri.' },
      examiner,
    );
    if (done('awaitingPlenary')) return steps;
    push(
      {
        type: 'recordPlenaryDecision',
        plenary: {
          heldAt: new Date(ethicsCase.receivedAt.getTime() + day * DAY),
          commissionersPresent: 5,
          commissionSize: 5,
        },
        outcomes,
      },
      commissioner,
    );
    if (target === 'awaitingDkpp') {
      push({ type: 'forwardToDkpp' }, commissioner);
      return steps;
    }
  }
  if (done('decided')) return steps;
  push(
    {
      type: 'issueDecree',
      decreeNumber: `SK-${ethicsCase.commissionId}-${Math.floor(ethicsCase.receivedAt.getTime() / DAY)}`,
      signedAt: new Date(ethicsCase.receivedAt.getTime() + day * DAY),
    },
    commissioner,
  );
  if (done('decreeIssued')) return steps;
  const owed = recipientsStillOwed(
    { ...(ethicsCase as EthicsCase), deliveries: [] },
    ruleSetOf(options.ruleSetCode ?? 'KPT-337-2020'),
  );
  for (const recipient of owed) {
    push(
      {
        type: 'recordDelivery',
        recipient,
        deliveredAt: new Date(ethicsCase.receivedAt.getTime() + day * DAY),
        channel: 'Surat tercatat',
      },
      officer,
    );
  }
  if (done('delivered')) return steps;
  if (outcome === 'permanentDismissal') {
    push({ type: 'startReplacement' }, officer);
    if (done('replacementInProgress')) return steps;
    for (const respondent of ethicsCase.respondents) {
      const replacement = world.replacementFor?.(respondent.membershipId);
      // The facts the mutation reads: the seat as the decree leaves it, and the reserve picked.
      const vacated: DomainMembership = {
        id: respondent.membershipId,
        personId: respondent.personId,
        bodyId: respondent.bodyId,
        bodyType: respondent.bodyType,
        position: respondent.position,
        status: 'dismissed',
        history: [],
      };
      push(
        {
          type: 'completeReplacement',
          vacatedMembershipId: respondent.membershipId,
          method: replacement ? 'nextRank' : 'appointmentByPps',
          swornAt: new Date(ethicsCase.receivedAt.getTime() + day * DAY),
          ...(replacement ? { replacementMembershipId: replacement.id } : {}),
          vacated,
          memberships: replacement ? [vacated, replacement] : [vacated],
        },
        officer,
      );
    }
    return steps;
  }
  push({ type: 'close' }, officer);
  return steps;
}

/**
 * One demo case per entry. `daysAgo` is how long before the seeding day the case's last act took place: open
 * cases spread from acted on today to stalled for a fortnight (so some deadlines fall today, some this week,
 * some are overdue by days), closed ones ended weeks ago.
 */
const SCENARIOS: readonly {
  target: string;
  daysAgo: number;
  source?: CaseSource;
  outcome?: OutcomeInput['outcome'];
  confidential?: boolean;
  /** Received on 4 November 2019 under the 2019 rule set, where DKPP decides a temporary dismissal. */
  receivedIn2019?: boolean;
}[] = [
  { target: 'received', daysAgo: 0 },
  { target: 'received', daysAgo: 4, source: 'internalFinding' },
  { target: 'screening', daysAgo: 1, confidential: true },
  { target: 'awaitingCorrection', daysAgo: 9 },
  { target: 'registered', daysAgo: 2, source: 'bawasluRecommendation' },
  { target: 'clarification', daysAgo: 12 },
  { target: 'examination', daysAgo: 5, confidential: true },
  { target: 'awaitingPlenary', daysAgo: 3, source: 'report' },
  { target: 'decided', daysAgo: 5, outcome: 'strongWarning' },
  { target: 'decreeIssued', daysAgo: 1, outcome: 'finalStrongWarning' },
  { target: 'delivered', daysAgo: 8, outcome: 'warning' },
  { target: 'replacementInProgress', daysAgo: 15, outcome: 'permanentDismissal' },
  { target: 'closed', daysAgo: 33, outcome: 'warning' },
  { target: 'closed', daysAgo: 41, outcome: 'permanentDismissal' },
  { target: 'closed', daysAgo: 27, outcome: 'rehabilitation', source: 'adhocBodyReport' },
  { target: 'rejected', daysAgo: 20 },
  { target: 'referred', daysAgo: 14 },
  { target: 'discontinued', daysAgo: 24 },
  { target: 'withdrawn', daysAgo: 17 },
  { target: 'closed', daysAgo: 38, source: 'dkppVerdict', outcome: 'strongWarning' },
  { target: 'awaitingDkpp', daysAgo: 0, outcome: 'temporaryDismissal', receivedIn2019: true },
];

function complaintFor(
  source: CaseSource,
  respondents: EthicsCase['respondents'],
  bodies: Map<string, AdhocBody>,
  receivedAt: Date,
  prng: Prng,
  confidential: boolean,
) {
  const personal = source === 'publicComplaint' || source === 'report';
  const eventDate = new Date(receivedAt.getTime() - 2 * DAY);
  return {
    source,
    ...(personal
      ? {
          complainant: {
            name: `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
            idNumber: `35${String(prng.int(10_000_000_000_000, 99_999_999_999_999))}`,
            address: `Jl. ${prng.pick(LAST_NAMES)} No. ${prng.int(1, 99)}`,
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
      bodyName: bodies.get(respondent.bodyId)?.name ?? '',
    })),
    eventDate,
    knownAt: eventDate,
    eventPlace: bodies.get(respondents[0]!.bodyId)?.name ?? 'TPS 001',
    chronology:
      'Pada hari pemungutan suara teradu mengarahkan pemilih untuk memilih salah satu peserta pemilu dan tidak netral.',
    evidence: [
      { kind: 'electronicData', description: 'Rekaman video dari telepon genggam' },
      { kind: 'witnessStatement', description: 'Keterangan dua orang saksi' },
    ],
    ...(personal
      ? {}
      : { sourceReference: `B-${prng.int(100, 999)}/PM.00.02/${receivedAt.getUTCFullYear()}` }),
  };
}

/** 02:00 UTC (09:00 WIB) of the day `daysBefore` days before `today`: the demo's acts happen in office hours. */
const officeMorning = (today: Date, daysBefore: number) =>
  new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysBefore, 2, 0, 0));

/** When a case whose acts span `span` ms must have been received for its last act to be `daysAgo` days old. */
function receivedAtFor(today: Date, daysAgo: number, span: number): Date {
  // Seeded before office hours, "today's" act took place an hour ago rather than later in the day.
  const lastAct = new Date(Math.min(officeMorning(today, daysAgo).getTime(), today.getTime() - 3_600_000));
  // Whole days back, so every act stays in office hours and none lands after `today`.
  return new Date(lastAct.getTime() - Math.ceil(span / DAY) * DAY);
}

/** Files and drives one case per scenario, spread over the regency commissions, dated back from `today`. */
async function seedCases(
  em: EntityManager,
  prng: Prng,
  worlds: CaseWorld[],
  today: Date,
  election: DemoElection,
): Promise<number> {
  let count = 0;
  const registered = new Map<string, number>();
  for (const [index, scenario] of SCENARIOS.entries()) {
    const world = worlds[index % worlds.length]!;
    const source = scenario.source ?? 'publicComplaint';
    const candidates = world.bodies.filter((entry) => entry.body.type === (index % 3 === 0 ? 'ppk' : 'kpps'));
    const { body, members } = candidates[(index >> 1) % candidates.length]!;
    const member = members[1 + (index % 3)]!;
    const respondents = [
      {
        membershipId: member.id,
        personId: member.person.id,
        name: member.person.name,
        bodyId: body.id,
        bodyType: body.type,
        position: member.position,
      },
    ];
    const caseId = `case-demo-${String(index + 1).padStart(3, '0')}`;
    const reserve = members.find((candidate) => candidate.status === 'candidate');
    const digits = world.commission.region!.code.replace('.', '');
    const examiners = world.examiners.map((person) => ({ personId: person.id, name: person.name }));
    // The commands and records that take a case received at `receivedAt` to the scenario's status.
    const schedule = (receivedAt: Date, registerNumber?: string) =>
      withDemoRecords(
        stepsTo(
          scenario.target,
          { commissionId: world.commission.id, respondents, receivedAt, source },
          { examiners, replacementFor: () => (reserve ? toDomainMembership(reserve) : undefined) },
          {
            ...(scenario.receivedIn2019 ? { ruleSetCode: 'PKPU-8-2019' } : {}),
            ...(registerNumber ? { registerNumber } : {}),
            ...(scenario.outcome ? { outcome: scenario.outcome } : {}),
          },
        ),
        scenario.target,
        {
          caseId,
          ethicsCase: { commissionId: world.commission.id, respondents, receivedAt, source },
          examiners,
          // Not drawn from the PRNG, so that the rest of the demo data stays as it was.
          witnessName: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7) % LAST_NAMES.length]}`,
        },
      );
    const spanOf = (start: Date) =>
      Math.max(0, ...schedule(start).map((step) => step.at.getTime() - start.getTime()));
    const receivedAt = scenario.receivedIn2019
      ? new Date(Date.UTC(2019, 10, 4, 2, 0, 0))
      : receivedAtFor(today, scenario.daysAgo, spanOf(today));
    const bodies = new Map(world.bodies.map((entry) => [entry.body.id, entry.body]));
    const complaint = complaintFor(
      source,
      respondents,
      bodies,
      receivedAt,
      prng,
      scenario.confidential === true,
    );
    const input = {
      id: caseId,
      commissionId: world.commission.id,
      receivedAt,
      complaint,
      respondents,
      parties: complaint.complainant
        ? [{ role: 'complainant' as const, name: complaint.complainant.name }]
        : [],
      ...(source === 'internalFinding' ? { findingPlenaryHeldAt: receivedAt } : {}),
      ...demoElectionOfCase(election, complaint.eventDate ?? receivedAt, world.commission.region!.code),
    };
    const counter = `${digits}/${receivedAt.getUTCFullYear()}`;
    const sequence = (registered.get(counter) ?? 0) + 1;
    registered.set(counter, sequence);
    const registerNumber = nextRegisterNumber(digits, receivedAt.getUTCFullYear(), sequence - 1 || undefined);
    const filer: CaseActor = { userId: 'user-officer', role: 'officer', commissionId: world.commission.id };
    await driveCase(em, input, filer, schedule(receivedAt, registerNumber), defaultCalendar);
    count += 1;
  }
  return count;
}

export interface SeedOptions {
  readonly onlyIfEmpty?: boolean;
  readonly withCases?: boolean;
  readonly seed?: number;
  /** The day the demo is dated back from (the clock's now); tests pin it. */
  readonly today?: Date;
}

/** Seeds the demo data; with `onlyIfEmpty`, does nothing (returns undefined) when there are users. */
export async function seedDemo(orm: Orm, options: SeedOptions = {}): Promise<SeedSummary | undefined> {
  const em = orm.em.fork() as unknown as EntityManager;
  if (options.onlyIfEmpty && (await em.count(User)) > 0) return undefined;
  const prng = createPrng(options.seed ?? DEMO_SEED);
  const { national, regencyCommissions } = await seedRegionsAndCommissions(orm, em);
  const today = options.today ?? new Date();
  // Members were sworn in four months before the seeding day, before any demo case (but the 2019 one).
  const { bodies, newPerson } = await seedBodies(em, prng, regencyCommissions, officeMorning(today, 120));
  const { users, examinerPersons } = await seedUsers(em, national, regencyCommissions, newPerson);
  await em.flush();
  const election = await seedDemoElections(em, today);
  let cases = 0;
  if (options.withCases !== false) {
    const worlds = regencyCommissions.map((commission) => ({
      commission,
      bodies: bodies.filter((entry) => entry.body.commission.id === commission.id),
      examiners: examinerPersons.get(commission.id) ?? [],
    }));
    cases = await seedCases(em, prng, worlds, today, election);
  }
  return { users, cases };
}

/** The demo seeder's accounts (id `user-<username>`; accounts created later have `user-<uuid>`), active. */
export async function demoLogins(orm: Orm): Promise<DemoUser[]> {
  const users = await orm.em
    .fork()
    .find(
      User,
      { id: { $like: 'user-%' }, active: true },
      { orderBy: { username: 'asc' }, populate: ['commission'] },
    );
  return users
    .filter((user) => user.id === `user-${user.username}`)
    .map((user) => ({
      username: user.username,
      role: user.role,
      commissionId: user.commission.id,
    }));
}
