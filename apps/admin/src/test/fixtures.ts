// Records shaped like the API's answers, for component tests.
import type { EthicsCaseRecord } from '../providers/api-types';

export const NOW = new Date('2024-03-04T03:00:00.000Z');

export function aCase(overrides: Partial<EthicsCaseRecord> = {}): EthicsCaseRecord {
  return {
    id: 'case-1',
    version: 3,
    status: 'awaitingPlenary',
    track: 'kpuInternal',
    source: 'publicComplaint',
    ruleSetCode: 'KPT-337-2020',
    receivedAt: '2024-02-20T02:00:00.000Z',
    updatedAt: '2024-02-28T02:00:00.000Z',
    registerNumber: '0007/ETIK/3526/2024',
    confidential: false,
    commission: { id: 'kpu-35.26', level: 'regency', name: 'KPU Kabupaten Bangkalan', regionCode: '35.26' },
    respondents: [
      {
        membershipId: 'm-kpps-1',
        personId: 'person-1',
        name: 'Siti Aminah',
        bodyId: 'kpps-1',
        bodyType: 'kpps',
        position: 'member',
      },
      {
        membershipId: 'm-kpps-2',
        personId: 'person-2',
        name: 'Budi Santoso',
        bodyId: 'kpps-1',
        bodyType: 'kpps',
        position: 'chair',
      },
    ],
    deadlines: [
      {
        key: 'plenaryDecision',
        state: 'overdue',
        startedAt: '2024-03-01T02:00:00.000Z',
        dueAt: '2024-03-02T16:59:59.999Z',
        metAt: null,
      },
    ],
    decision: null,
    availableCommands: ['recordPlenaryDecision', 'withdraw'],
    timeline: [],
    ...overrides,
  };
}
