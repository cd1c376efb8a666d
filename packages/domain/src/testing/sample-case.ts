import type { ComplaintDraft } from '../complaint/index.js';
import type { EthicsCase, Respondent } from '../ethics-case/ethics-case.js';
import type { CaseSource } from '../vocabulary/codes.js';

export const SAMPLE_COMMISSION_ID = 'kpu-3507';

export const sampleRespondent = (index: number): Respondent => ({
  membershipId: `membership-${index}`,
  personId: `person-respondent-${index}`,
  name: ['Budi Santoso', 'Siti Aminah', 'Joko Widodo', 'Rahmat Hidayat'][index % 4] ?? 'Budi Santoso',
  bodyId: `body-kpps-${index}`,
  bodyType: 'kpps',
  position: index === 0 ? 'chair' : 'member',
});

/** A complaint with everything the requirements ask for. */
export function sampleComplaint(
  source: CaseSource,
  respondents: readonly Respondent[],
  eventDate: Date,
): ComplaintDraft {
  const institutional = source !== 'publicComplaint' && source !== 'report';
  return {
    source,
    ...(institutional
      ? {}
      : {
          complainant: {
            name: 'Ahmad Fauzi',
            idNumber: '3507012304850001',
            address: 'Jl. Raya Kepanjen 12, Malang',
            phone: '081234567890',
          },
        }),
    respondents: respondents.map((respondent) => ({
      name: respondent.name,
      membershipId: respondent.membershipId,
      bodyType: respondent.bodyType,
      position: respondent.position,
      bodyName: 'KPPS TPS 004 Desa Talangagung',
    })),
    eventDate,
    knownAt: eventDate,
    eventPlace: 'TPS 004 Desa Talangagung, Kecamatan Kepanjen',
    chronology:
      'Pada hari pemungutan suara teradu mengenakan kaos salah satu pasangan calon dan mengajak pemilih memilih pasangan tersebut.',
    evidence: [
      { kind: 'electronicData', description: 'Video 45 detik dari telepon genggam' },
      { kind: 'witnessStatement', description: 'Keterangan dua orang saksi di TPS' },
    ],
    ...(institutional ? { sourceReference: 'B-123/PM.00.02/3507/2025' } : {}),
  };
}

/** A received case, complete, with one or more KPPS respondents: what `fileCase` would return. */
export function sampleCase(options: {
  readonly id?: string;
  readonly source?: CaseSource;
  readonly respondents?: number;
  readonly receivedAt: Date;
  readonly ruleSetCode?: string;
}): EthicsCase {
  const source = options.source ?? 'publicComplaint';
  const respondents = Array.from({ length: options.respondents ?? 1 }, (_, index) => sampleRespondent(index));
  const eventDate = new Date(options.receivedAt.getTime() - 2 * 86_400_000);
  return {
    id: options.id ?? 'case-1',
    commissionId: SAMPLE_COMMISSION_ID,
    ruleSetCode: options.ruleSetCode ?? 'KPT-337-2020',
    track: source === 'dkppVerdict' ? 'dkppExternal' : 'kpuInternal',
    source,
    status: 'received',
    version: 1,
    receivedAt: options.receivedAt,
    complaint: sampleComplaint(source, respondents, eventDate),
    respondents,
    parties:
      source === 'publicComplaint' || source === 'report'
        ? [{ role: 'complainant', name: 'Ahmad Fauzi' }]
        : [],
    milestones: {
      received: options.receivedAt,
      ...(source === 'internalFinding' ? { findingPlenaryHeld: options.receivedAt } : {}),
    },
    deliveries: [],
    replacements: [],
    allegations: [],
    sessions: [],
    externalProceedings: [],
  };
}
