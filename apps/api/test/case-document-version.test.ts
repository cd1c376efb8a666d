// The case document's schemaVersion: written with every document, upcast on read, and a document from
// newer code refused rather than misread.
import { describe, expect, it } from 'vitest';
import {
  CASE_DOCUMENT_VERSION,
  decodeCaseDocument,
  encodeCaseDocument,
  type CaseDocument,
} from '../src/ethics-cases/case-document.js';

/** A version 1 document as stored before the case had records: no schemaVersion, no record lists. */
const VERSION_1 = JSON.stringify({
  complaint: { source: 'publicComplaint', chronology: 'Teradu tidak netral' },
  respondents: [{ membershipId: 'm-1', name: 'Budi' }],
  parties: [],
  milestones: { received: { $date: '2026-11-02T03:00:00.000Z' } },
  deliveries: [],
});

describe('the case document', () => {
  it('reads a version 1 document with empty record lists and its Dates revived', () => {
    const document = decodeCaseDocument(VERSION_1);
    expect(document.allegations).toEqual([]);
    expect(document.sessions).toEqual([]);
    expect(document.externalProceedings).toEqual([]);
    expect(document.milestones.received).toEqual(new Date('2026-11-02T03:00:00.000Z'));
    expect(document.respondents).toEqual([{ membershipId: 'm-1', name: 'Budi' }]);
    expect(document).not.toHaveProperty('schemaVersion');
  });

  it('keeps the record lists a version 1 document already has', () => {
    const withRecords = { ...JSON.parse(VERSION_1), sessions: [{ id: 's-1', kind: 'clarification' }] };
    expect(decodeCaseDocument(JSON.stringify(withRecords)).sessions).toEqual([
      { id: 's-1', kind: 'clarification' },
    ]);
  });

  it('writes the current version and reads back what it wrote', () => {
    const document = decodeCaseDocument(VERSION_1);
    const stored = encodeCaseDocument(document);
    expect(JSON.parse(stored).schemaVersion).toBe(CASE_DOCUMENT_VERSION);
    expect(decodeCaseDocument(stored)).toEqual(document);
  });

  it('does not upcast a current document: an absent list stays absent', () => {
    const current = JSON.stringify({ ...JSON.parse(VERSION_1), schemaVersion: CASE_DOCUMENT_VERSION });
    const document: Partial<CaseDocument> = decodeCaseDocument(current);
    expect(document.allegations).toBeUndefined();
  });

  it('refuses a document newer than this code, or with a version that is no version', () => {
    const newer = JSON.stringify({ ...JSON.parse(VERSION_1), schemaVersion: CASE_DOCUMENT_VERSION + 1 });
    expect(() => decodeCaseDocument(newer)).toThrow(
      `schemaVersion ${CASE_DOCUMENT_VERSION + 1}; this code reads up to ${CASE_DOCUMENT_VERSION}`,
    );
    for (const version of [0, 1.5, '2', null]) {
      const odd = JSON.stringify({ ...JSON.parse(VERSION_1), schemaVersion: version });
      expect(() => decodeCaseDocument(odd)).toThrow(/schemaVersion/);
    }
  });
});
