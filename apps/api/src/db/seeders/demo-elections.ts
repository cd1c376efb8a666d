// The demo's elections: Pemilu 2024 (general) and Pemilihan Serentak 2024 (regional heads) as reference,
// with their stages (tahapan) as KPU's schedules set them, dates rounded where the schedule was amended;
// and the demo's own election, dated back from the seeding day like the demo cases (polling day five weeks
// ago), for which the demo bodies are formed and in whose stages the demo cases took place (the 2019 case
// belongs to an election the demo lacks).
import type { EntityManager } from '@mikro-orm/knex';
import {
  epochDayOf,
  formatLocalDate,
  stageOn,
  utcOffsetOfRegion,
  type BodyType,
  type ElectionKind,
  type ElectionStageDraft,
} from '@etik/domain';
import { AdhocBody } from '../../adhoc-bodies/adhoc-body.entity.js';
import { Election, ElectionStage } from '../../elections/election.entity.js';

export interface DemoElection {
  readonly id: string;
  readonly kind: ElectionKind;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly stages: readonly ElectionStageDraft[];
}

export const PEMILU_2024: DemoElection = {
  id: 'election-pemilu-2024',
  kind: 'general',
  name: 'Pemilu 2024',
  startsOn: '2022-06-14',
  endsOn: '2024-10-20',
  stages: [
    { name: 'Perencanaan program dan anggaran', startsOn: '2022-06-14', endsOn: '2022-12-14' },
    { name: 'Pendaftaran dan verifikasi peserta pemilu', startsOn: '2022-07-29', endsOn: '2022-12-13' },
    { name: 'Penetapan jumlah kursi dan daerah pemilihan', startsOn: '2022-10-14', endsOn: '2023-02-09' },
    { name: 'Pemutakhiran data pemilih', startsOn: '2022-10-14', endsOn: '2023-06-21' },
    { name: 'Pencalonan', startsOn: '2022-12-06', endsOn: '2023-11-25' },
    { name: 'Kampanye', startsOn: '2023-11-28', endsOn: '2024-02-10' },
    { name: 'Masa tenang', startsOn: '2024-02-11', endsOn: '2024-02-13' },
    { name: 'Pemungutan dan penghitungan suara', startsOn: '2024-02-14', endsOn: '2024-02-15' },
    { name: 'Rekapitulasi hasil penghitungan suara', startsOn: '2024-02-15', endsOn: '2024-03-20' },
    { name: 'Penetapan hasil pemilu', startsOn: '2024-03-21', endsOn: '2024-09-30' },
    { name: 'Pengucapan sumpah/janji', startsOn: '2024-10-01', endsOn: '2024-10-20' },
  ],
};

export const PEMILIHAN_SERENTAK_2024: DemoElection = {
  id: 'election-pemilihan-serentak-2024',
  kind: 'regional',
  name: 'Pemilihan Serentak 2024',
  startsOn: '2024-01-27',
  endsOn: '2024-12-31',
  stages: [
    { name: 'Perencanaan program dan anggaran', startsOn: '2024-01-27', endsOn: '2024-04-16' },
    { name: 'Pembentukan PPK, PPS dan KPPS', startsOn: '2024-04-17', endsOn: '2024-11-05' },
    { name: 'Pemenuhan syarat dukungan calon perseorangan', startsOn: '2024-05-05', endsOn: '2024-08-19' },
    { name: 'Pemutakhiran data pemilih', startsOn: '2024-05-31', endsOn: '2024-09-23' },
    { name: 'Pendaftaran dan penetapan pasangan calon', startsOn: '2024-08-27', endsOn: '2024-09-22' },
    { name: 'Kampanye', startsOn: '2024-09-25', endsOn: '2024-11-23' },
    { name: 'Masa tenang', startsOn: '2024-11-24', endsOn: '2024-11-26' },
    { name: 'Pemungutan dan penghitungan suara', startsOn: '2024-11-27', endsOn: '2024-11-27' },
    { name: 'Rekapitulasi hasil penghitungan suara', startsOn: '2024-11-27', endsOn: '2024-12-16' },
    { name: 'Penetapan pasangan calon terpilih', startsOn: '2024-12-17', endsOn: '2024-12-31' },
  ],
};

const DAY = 86_400_000;

/** The calendar day `days` days from `today` (negative: before), as YYYY-MM-DD. */
const dayFrom = (today: Date, days: number): string =>
  new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY)
    .toISOString()
    .slice(0, 10);

/** The demo's own election: polling day 36 days before the seeding day, results being settled now. */
export function demoElectionOn(today: Date): DemoElection {
  const on = (days: number) => dayFrom(today, days);
  return {
    id: 'election-demo',
    kind: 'regional',
    name: 'Pemilihan Serentak (data demo)',
    startsOn: on(-300),
    endsOn: on(60),
    stages: [
      { name: 'Pembentukan PPK, PPS dan KPPS', startsOn: on(-300), endsOn: on(-130) },
      { name: 'Pemutakhiran data pemilih', startsOn: on(-200), endsOn: on(-120) },
      { name: 'Kampanye', startsOn: on(-119), endsOn: on(-40) },
      { name: 'Masa tenang', startsOn: on(-39), endsOn: on(-37) },
      { name: 'Pemungutan dan penghitungan suara', startsOn: on(-36), endsOn: on(-36) },
      { name: 'Rekapitulasi hasil penghitungan suara', startsOn: on(-35), endsOn: on(-15) },
      { name: 'Penetapan pasangan calon terpilih', startsOn: on(-14), endsOn: on(60) },
    ],
  };
}

/** The term (masa kerja) of a demo body, by type: KPPS around polling day, the others the whole election. */
const termsOn = (
  today: Date,
): { readonly [T in BodyType]: { readonly startsOn: string; readonly endsOn: string } } => ({
  ppk: { startsOn: dayFrom(today, -290), endsOn: dayFrom(today, 60) },
  pps: { startsOn: dayFrom(today, -280), endsOn: dayFrom(today, 60) },
  pantarlih: { startsOn: dayFrom(today, -200), endsOn: dayFrom(today, -120) },
  kpps: { startsOn: dayFrom(today, -130), endsOn: dayFrom(today, 30) },
});

const stageIdOf = (demo: DemoElection, ordinal: number): string => `${demo.id}-${ordinal + 1}`;

function electionOf(demo: DemoElection, createdAt: Date): Election {
  const election = Object.assign(new Election(), {
    id: demo.id,
    kind: demo.kind,
    name: demo.name,
    startsOn: demo.startsOn,
    endsOn: demo.endsOn,
    version: 1,
    createdAt,
  });
  demo.stages.forEach((stage, ordinal) =>
    election.stages.add(
      Object.assign(new ElectionStage(), { ...stage, id: stageIdOf(demo, ordinal), ordinal, election }),
    ),
  );
  return election;
}

/**
 * Records the demo elections and links the demo bodies to the demo's own election (before the cases are
 * filed); returns that election, for `demoElectionOfCase`.
 */
export async function seedDemoElections(em: EntityManager, today: Date): Promise<DemoElection> {
  await em.flush();
  const demo = demoElectionOn(today);
  const reference = new Date(Date.UTC(2022, 5, 14, 2, 0, 0));
  em.persist([
    electionOf(PEMILU_2024, reference),
    electionOf(PEMILIHAN_SERENTAK_2024, reference),
    electionOf(demo, new Date(`${demo.startsOn}T02:00:00.000Z`)),
  ]);
  const terms = termsOn(today);
  for (const body of await em.find(AdhocBody, {})) {
    const term = terms[body.type];
    Object.assign(body, { electionId: demo.id, termStartsOn: term.startsOn, termEndsOn: term.endsOn });
  }
  await em.flush();
  return demo;
}

/**
 * What a demo case files as its election: the demo's election and the stage covering the day of the
 * alleged act (in the commission's zone), when that day lies in it; nothing otherwise.
 */
export function demoElectionOfCase(
  election: DemoElection,
  eventDate: Date,
  regionCode: string,
): { electionId?: string; electionStageId?: string } {
  const day = formatLocalDate(epochDayOf(eventDate, utcOffsetOfRegion(regionCode)));
  if (day < election.startsOn || day > election.endsOn) return {};
  const stages = election.stages.map((stage, ordinal) => ({ ...stage, id: stageIdOf(election, ordinal) }));
  const stage = stageOn({ stages }, day);
  return { electionId: election.id, ...(stage ? { electionStageId: stage.id } : {}) };
}
