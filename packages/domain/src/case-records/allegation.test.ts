import { describe, expect, it } from 'vitest';
import { received } from '../../test/drive.js';
import { anAllegation, withRecords } from '../../test/records.js';
import { BEHAVIOUR_BY_CODE } from '../conduct/behaviours.js';
import { PRINCIPLE_BY_CODE } from '../conduct/principles.js';
import { allegationFrom, checkAllegation, legalReferencesFor, type AllegationInput } from './allegation.js';

const ethicsCase = received('publicComplaint', 2);
const respondent = ethicsCase.respondents[0]!.membershipId;
const valid: AllegationInput = {
  respondentMembershipId: respondent,
  principle: 'independent',
  behaviour: 'noPartisanSymbols',
  description: 'Teradu mengenakan kaos pasangan calon di TPS.',
};
const { behaviour: _behaviour, ...noBehaviour } = valid;
const codes = (input: AllegationInput, onCase = ethicsCase, editing?: string) =>
  checkAllegation(input, onCase, editing).map((problem) => problem.code);

describe('checking an allegation', () => {
  it('finds nothing wrong with a catalogue principle, one of its behaviours and a description', () => {
    expect(checkAllegation(valid, ethicsCase)).toEqual([]);
    expect(codes({ ...noBehaviour, category: 'performance' })).toEqual([]);
  });

  it('reports every problem at once, each with its field', () => {
    expect(
      checkAllegation(
        {
          respondentMembershipId: 'membership-of-someone-else',
          principle: 'mandiri',
          behaviour: 'wearsHats',
          category: 'gossip',
          description: '  ',
          extraLegalReferences: [{ instrument: ' ' }],
        },
        ethicsCase,
      ),
    ).toEqual([
      { code: 'UNKNOWN_RESPONDENT', field: 'respondentMembershipId' },
      { code: 'UNKNOWN_PRINCIPLE', field: 'principle' },
      { code: 'UNKNOWN_BEHAVIOUR', field: 'behaviour' },
      { code: 'UNKNOWN_CATEGORY', field: 'category' },
      { code: 'DESCRIPTION_REQUIRED', field: 'description' },
      { code: 'LEGAL_REFERENCE_INCOMPLETE', field: 'extraLegalReferences' },
    ]);
  });

  it('refuses a behaviour the catalogue lists under another principle', () => {
    expect(codes({ ...valid, principle: 'proportional' })).toEqual(['BEHAVIOUR_NOT_UNDER_PRINCIPLE']);
    // Behaviours under several principles fit each of them.
    expect(codes({ ...valid, principle: 'proportional', behaviour: 'announceFamilyTiesPublicly' })).toEqual(
      [],
    );
  });

  it('asks for a category when no behaviour implies one', () => {
    expect(codes(noBehaviour)).toEqual(['CATEGORY_REQUIRED']);
  });

  it('refuses a reference with an unknown confidence mark', () => {
    expect(
      codes({ ...valid, extraLegalReferences: [{ instrument: 'PKPU 8/2022', confidence: 'sure' as never }] }),
    ).toEqual(['LEGAL_REFERENCE_INCOMPLETE']);
  });

  it('refuses the same allegation twice for one respondent, but not for another, nor against itself', () => {
    const alleged = withRecords(ethicsCase, { allegations: [anAllegation(ethicsCase)] });
    expect(codes(valid, alleged)).toEqual(['DUPLICATE_ALLEGATION']);
    expect(codes(valid, alleged, 'allegation-1')).toEqual([]);
    expect(
      codes({ ...valid, respondentMembershipId: ethicsCase.respondents[1]!.membershipId }, alleged),
    ).toEqual([]);
    expect(codes({ ...valid, behaviour: 'remainNeutral' }, alleged)).toEqual([]);
  });
});

describe('the legal references of an allegation', () => {
  it('are the behaviour’s own', () => {
    expect(legalReferencesFor('proportional', 'announcePersonalConflicts')).toEqual(
      BEHAVIOUR_BY_CODE.announcePersonalConflicts.references,
    );
  });

  it('are the article listing the principle’s behaviours without a behaviour, where its number is known', () => {
    expect(legalReferencesFor('professional', undefined)).toEqual([
      PRINCIPLE_BY_CODE.professional.behaviourArticle,
    ]);
  });

  it('are where the principle is stated when its article is not known', () => {
    expect(legalReferencesFor('open', undefined)).toEqual(PRINCIPLE_BY_CODE.open.references);
  });

  it('add extra references once, trimmed, cited from the text unless marked otherwise', () => {
    const references = legalReferencesFor('independent', 'declareFamilyTies', [
      { instrument: ' PKPU 8/2022 ', article: '43', paragraph: '4', letter: 'b' },
      { instrument: 'PKPU 8/2022', article: '43', paragraph: '4', letter: 'b' },
      { instrument: 'Peraturan DKPP 2/2017', article: '8', letter: 'k', confidence: 'medium' },
      { instrument: 'UU 7/2017', article: '  ', confidence: 'medium' },
    ]);
    expect(references).toEqual([
      ...BEHAVIOUR_BY_CODE.declareFamilyTies.references,
      { instrument: 'PKPU 8/2022', article: '43', paragraph: '4', letter: 'b', confidence: 'high' },
      { instrument: 'UU 7/2017', confidence: 'medium' },
    ]);
  });
});

describe('an allegation from its input', () => {
  const at = new Date('2025-03-01T02:00:00Z');

  it('takes its category from the behaviour unless given', () => {
    expect(allegationFrom('a-1', valid, at)).toEqual({
      id: 'a-1',
      respondentMembershipId: respondent,
      category: 'codeOfEthics',
      principle: 'independent',
      behaviour: 'noPartisanSymbols',
      legalReferences: BEHAVIOUR_BY_CODE.noPartisanSymbols.references,
      description: 'Teradu mengenakan kaos pasangan calon di TPS.',
      recordedAt: at,
    });
    expect(allegationFrom('a-1', { ...valid, category: 'oathOrPledge' }, at).category).toBe('oathOrPledge');
  });

  it('keeps when it was first recorded across edits', () => {
    const first = allegationFrom('a-1', valid, at);
    const later = new Date(at.getTime() + 86_400_000);
    expect(allegationFrom('a-1', { ...noBehaviour, category: 'performance' }, later, first)).toMatchObject({
      recordedAt: at,
      category: 'performance',
    });
  });
});
