import { describe, expect, it } from 'vitest';
import { LABELS, messageOf } from '../labels/index.js';
import {
  checkElectionDraft,
  ELECTION_DRAFT_ERROR_CODES,
  ELECTION_KINDS,
  ELECTION_REFUSAL_CODES,
  stageOn,
  type ElectionDraft,
} from './election.js';

const PEMILU: ElectionDraft = {
  kind: 'general',
  name: ' Pemilu 2024 ',
  startsOn: '2022-06-14',
  endsOn: '2024-10-20',
  stages: [
    { name: ' Pemutakhiran data pemilih ', startsOn: '2022-10-14', endsOn: '2023-06-21' },
    { name: 'Kampanye', startsOn: '2023-11-28', endsOn: '2024-02-10' },
    { name: 'Masa tenang', startsOn: '2024-02-11', endsOn: '2024-02-13' },
    { name: 'Pemungutan dan penghitungan suara', startsOn: '2024-02-14', endsOn: '2024-02-15' },
  ],
};
const codesOf = (draft: ElectionDraft) => {
  const result = checkElectionDraft(draft);
  return result.ok ? [] : result.error.map((error) => error.code);
};

describe('checkElectionDraft', () => {
  it('accepts an election with stages inside its dates, names trimmed', () => {
    const checked = checkElectionDraft(PEMILU);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.name).toBe('Pemilu 2024');
    expect(checked.value.stages[0]!.name).toBe('Pemutakhiran data pemilih');
    expect(checkElectionDraft({ ...PEMILU, stages: [] }).ok).toBe(true);
    // A one-day election and a stage on its first and last day.
    expect(
      checkElectionDraft({
        ...PEMILU,
        startsOn: '2024-02-14',
        endsOn: '2024-02-14',
        stages: [{ name: 'Pemungutan', startsOn: '2024-02-14', endsOn: '2024-02-14' }],
      }).ok,
    ).toBe(true);
  });

  it('refuses a blank name, dates that are not calendar dates and an end before the start', () => {
    expect(codesOf({ ...PEMILU, name: '  ' })).toEqual(['ELECTION_NAME_REQUIRED']);
    expect(checkElectionDraft({ ...PEMILU, stages: [], startsOn: '2023-02-30' })).toEqual({
      ok: false,
      error: [{ code: 'INVALID_ELECTION_DATE', field: 'startsOn', value: '2023-02-30' }],
    });
    expect(codesOf({ ...PEMILU, stages: [], endsOn: '20-10-2024' })).toEqual(['INVALID_ELECTION_DATE']);
    expect(codesOf({ ...PEMILU, stages: [], endsOn: '2022-06-13' })).toEqual(['ELECTION_ENDS_BEFORE_START']);
  });

  it('checks each stage: named, valid dates, start before end, within the election', () => {
    const stage = (changes: Partial<ElectionDraft['stages'][number]>) => ({
      ...PEMILU,
      stages: [PEMILU.stages[0]!, { ...PEMILU.stages[1]!, ...changes }],
    });
    expect(codesOf(stage({ name: ' ' }))).toEqual(['STAGE_NAME_REQUIRED']);
    expect(codesOf(stage({ startsOn: '2023-13-01' }))).toEqual(['INVALID_STAGE_DATE']);
    expect(checkElectionDraft(stage({ endsOn: '2023-11-27' }))).toEqual({
      ok: false,
      error: [{ code: 'STAGE_ENDS_BEFORE_START', stage: 1, startsOn: '2023-11-28', endsOn: '2023-11-27' }],
    });
    expect(codesOf(stage({ endsOn: '2024-10-21' }))).toEqual(['STAGE_OUTSIDE_ELECTION']);
    expect(codesOf(stage({ startsOn: '2022-06-13' }))).toEqual(['STAGE_OUTSIDE_ELECTION']);
  });

  it('reports every problem at once, in order', () => {
    expect(
      codesOf({
        ...PEMILU,
        name: '',
        endsOn: '2021-01-01',
        stages: [
          { name: '', startsOn: 'x', endsOn: '2022-07-01' },
          { name: 'Kampanye', startsOn: '2023-02-01', endsOn: '2023-01-01' },
        ],
      }),
    ).toEqual([
      'ELECTION_NAME_REQUIRED',
      'ELECTION_ENDS_BEFORE_START',
      'STAGE_NAME_REQUIRED',
      'INVALID_STAGE_DATE',
      'STAGE_ENDS_BEFORE_START',
    ]);
  });
});

describe('stageOn', () => {
  it('finds the stage whose dates include the day, first and last day included', () => {
    expect(stageOn(PEMILU, '2024-02-11')?.name).toBe('Masa tenang');
    expect(stageOn(PEMILU, '2024-02-13')?.name).toBe('Masa tenang');
    expect(stageOn(PEMILU, '2024-02-14')?.name).toBe('Pemungutan dan penghitungan suara');
  });

  it('finds none between stages or outside the election', () => {
    expect(stageOn(PEMILU, '2023-08-01')).toBeUndefined();
    expect(stageOn(PEMILU, '2025-01-01')).toBeUndefined();
  });
});

describe('labels', () => {
  it('names every kind and has a message for every code, in both languages', () => {
    for (const kind of ELECTION_KINDS) {
      expect(LABELS.electionKind[kind].id).not.toBe('');
      expect(LABELS.electionKind[kind].en).not.toBe('');
    }
    for (const code of [...ELECTION_DRAFT_ERROR_CODES, ...ELECTION_REFUSAL_CODES]) {
      expect(messageOf(code, 'id'), code).not.toBe(code);
      expect(messageOf(code, 'en'), code).not.toBe(code);
    }
  });
});
