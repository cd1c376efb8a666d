import { describe, expect, it } from 'vitest';
import { officerOf } from '../test/render-in-admin';
import { declarerKindsFor, declarerValues } from './DeclarerInputs';

const commissioner = { ...officerOf(), role: 'commissioner' as const, personId: 'person-c1' };

describe('who may declare for whom', () => {
  it('lets an officer declare for a member or for the commission’s staff, and a commissioner only their own', () => {
    expect(declarerKindsFor(officerOf())).toEqual(['member', 'staff']);
    expect(declarerKindsFor({ ...officerOf(), personId: 'person-o1' })).toEqual(['member', 'staff', 'own']);
    expect(declarerKindsFor(commissioner)).toEqual(['own']);
    expect(declarerKindsFor({ ...officerOf(), role: 'examiner' })).toEqual([]);
  });

  it('sends only the declarer chosen: a seat, a staff person, or the signed-in person', () => {
    const form = {
      relativeName: 'Budi',
      membershipId: 'm-1',
      personId: 'person-s1',
      staffCommissionId: 'kpu-35.26',
      electionId: 'el-1',
    };
    expect(declarerValues({ ...form, declarerKind: 'member' }, officerOf())).toEqual({
      relativeName: 'Budi',
      membershipId: 'm-1',
      electionId: 'el-1',
    });
    expect(declarerValues({ ...form, declarerKind: 'staff' }, officerOf())).toEqual({
      relativeName: 'Budi',
      personId: 'person-s1',
      electionId: 'el-1',
    });
    expect(declarerValues({ ...form, declarerKind: 'own' }, commissioner)).toEqual({
      relativeName: 'Budi',
      personId: 'person-c1',
      electionId: 'el-1',
    });
  });
});
