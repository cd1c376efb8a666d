// The demo's elections: Pemilu 2024 (general) and Pemilihan Serentak 2024 (regional heads), with their
// stages (tahapan) as KPU's schedules set them, dates rounded where the schedule was amended. The demo
// bodies are linked to Pemilu 2024 with a term by type, and the demo cases of 2024 are filed with it and
// the stage that covers the day of the alleged act (cases of 2019 belong to an election the demo lacks).
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

interface DemoElection {
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

/** The term (masa kerja) of a demo body of Pemilu 2024, by type. */
const PEMILU_TERMS: { readonly [T in BodyType]: { readonly startsOn: string; readonly endsOn: string } } = {
  ppk: { startsOn: '2023-01-04', endsOn: '2024-04-30' },
  pps: { startsOn: '2023-01-24', endsOn: '2024-04-30' },
  pantarlih: { startsOn: '2023-02-12', endsOn: '2023-03-14' },
  kpps: { startsOn: '2024-01-25', endsOn: '2024-02-25' },
};

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

/** Records the demo elections and links the demo bodies to Pemilu 2024 (before the cases are filed). */
export async function seedDemoElections(em: EntityManager): Promise<void> {
  await em.flush();
  const createdAt = new Date(Date.UTC(2022, 5, 14, 2, 0, 0));
  const pemilu = electionOf(PEMILU_2024, createdAt);
  em.persist([pemilu, electionOf(PEMILIHAN_SERENTAK_2024, createdAt)]);
  for (const body of await em.find(AdhocBody, {})) {
    const term = PEMILU_TERMS[body.type];
    Object.assign(body, { electionId: pemilu.id, termStartsOn: term.startsOn, termEndsOn: term.endsOn });
  }
  await em.flush();
}

/**
 * What a demo case files as its election: Pemilu 2024 and the stage covering the day of the alleged act
 * (in the commission's zone), when that day lies in Pemilu 2024; nothing otherwise.
 */
export function demoElectionOfCase(
  eventDate: Date,
  regionCode: string,
): { electionId?: string; electionStageId?: string } {
  const day = formatLocalDate(epochDayOf(eventDate, utcOffsetOfRegion(regionCode)));
  if (day < PEMILU_2024.startsOn || day > PEMILU_2024.endsOn) return {};
  const stages = PEMILU_2024.stages.map((stage, ordinal) => ({
    ...stage,
    id: stageIdOf(PEMILU_2024, ordinal),
  }));
  const stage = stageOn({ stages }, day);
  return { electionId: PEMILU_2024.id, ...(stage ? { electionStageId: stage.id } : {}) };
}
