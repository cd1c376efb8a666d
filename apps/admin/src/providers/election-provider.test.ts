import { describe, expect, it, vi } from 'vitest';
import {
  createElectionProvider,
  electionInput,
  fieldOfElectionError,
  withFieldErrors,
} from './election-provider';
import { ApiError } from './graphql-client';

const draftRefusal = () =>
  new ApiError('ELECTION_NAME_REQUIRED', {
    errors: [
      { code: 'ELECTION_NAME_REQUIRED' },
      { code: 'STAGE_OUTSIDE_ELECTION', stage: 1, startsOn: '2030-01-01', endsOn: '2030-02-01' },
      { code: 'INVALID_STAGE_DATE', stage: 0, field: 'endsOn', value: 'x' },
    ],
  });

describe('election provider', () => {
  it('puts each problem of a draft at its field, in the i18n key of its code', () => {
    const error = withFieldErrors(draftRefusal()) as ApiError;
    expect((error.body as { errors: Record<string, string> }).errors).toEqual({
      name: 'errors.ELECTION_NAME_REQUIRED',
      'stages.1.startsOn': 'errors.STAGE_OUTSIDE_ELECTION',
      'stages.0.endsOn': 'errors.INVALID_STAGE_DATE',
    });
    expect(error.code).toBe('ELECTION_NAME_REQUIRED');
  });

  it('leaves a refusal that is no field’s (CONFLICT) without field errors', () => {
    const error = withFieldErrors(new ApiError('CONFLICT', { currentVersion: 3 })) as ApiError;
    expect((error.body as { errors?: unknown }).errors).toBeUndefined();
    expect(fieldOfElectionError({ code: 'ELECTION_ENDS_BEFORE_START' })).toBe('endsOn');
  });

  it('sends the kind only when creating and a kept stage’s id only when changing', () => {
    const values = {
      kind: 'regional',
      name: ' Pilkada 2029 ',
      startsOn: '2029-01-01',
      endsOn: '2029-12-31',
      stages: [{ id: 'st-1', name: ' Kampanye ', startsOn: '2029-09-01', endsOn: '2029-11-20' }],
    };
    expect(electionInput(values, true)).toEqual({
      kind: 'regional',
      name: 'Pilkada 2029',
      startsOn: '2029-01-01',
      endsOn: '2029-12-31',
      stages: [{ name: 'Kampanye', startsOn: '2029-09-01', endsOn: '2029-11-20' }],
    });
    expect(electionInput(values, false).stages).toEqual([
      { id: 'st-1', name: 'Kampanye', startsOn: '2029-09-01', endsOn: '2029-11-20' },
    ]);
    expect(electionInput(values, false)).not.toHaveProperty('kind');
  });

  it('names the version last read when changing an election, and rethrows draft problems as field errors', async () => {
    const request = vi.fn().mockRejectedValue(draftRefusal());
    const elections = createElectionProvider(request);
    const failure = await elections
      .update('el-1', { name: '', startsOn: '2029-01-01', endsOn: '2029-12-31', stages: [] }, { version: 4 })
      .catch((error: unknown) => error);
    expect(request.mock.calls[0]![1]).toMatchObject({ id: 'el-1', expectedVersion: 4 });
    expect(String(request.mock.calls[0]![0])).toContain('updateElection');
    expect((failure as ApiError).body).toMatchObject({ errors: { name: 'errors.ELECTION_NAME_REQUIRED' } });
  });
});
