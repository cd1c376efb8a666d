// The case document: the domain case without its column fields (ethics-case.mapper.ts), stored as JSON
// with the version of its shape. Documents are upcast when read, one version at a time, so a stored case
// never needs rewriting when the shape grows; it takes the current shape the next time it is written.
import type { EthicsCase } from '@etik/domain';
import { decodeJson, encodeJson } from '../shared/json.js';

/** Fields kept as columns of `ethics_case`; everything else of the domain case is the document. */
export type ColumnFields =
  | 'id'
  | 'commissionId'
  | 'ruleSetCode'
  | 'track'
  | 'source'
  | 'status'
  | 'version'
  | 'receivedAt'
  | 'registerNumber';
export type CaseDocument = Omit<EthicsCase, ColumnFields>;

/**
 * The shape this code writes. 1: documents without a `schemaVersion` (written before it existed, some
 * before the case had records); 2: every record list present.
 */
export const CASE_DOCUMENT_VERSION = 2;

type StoredDocument = Record<string, unknown> & { schemaVersion?: unknown };
type Upcaster = (document: StoredDocument) => StoredDocument;

/** UPCASTERS[n - 1] takes a document of version n to version n + 1. */
const UPCASTERS: readonly Upcaster[] = [
  // 1 → 2: documents written before Migration20261201010000CaseRecords have no record lists.
  (document) => ({
    ...document,
    allegations: document.allegations ?? [],
    sessions: document.sessions ?? [],
    externalProceedings: document.externalProceedings ?? [],
  }),
];

export function encodeCaseDocument(document: CaseDocument): string {
  return encodeJson({ ...document, schemaVersion: CASE_DOCUMENT_VERSION });
}

/** The stored document in the current shape. A document newer than this code is a bug (or a rollback). */
export function decodeCaseDocument(raw: string): CaseDocument {
  const { schemaVersion, ...stored } = decodeJson<StoredDocument>(raw);
  const version = schemaVersion === undefined ? 1 : schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`A case document has schemaVersion ${JSON.stringify(schemaVersion)}`);
  }
  if (version > CASE_DOCUMENT_VERSION) {
    throw new Error(
      `A case document has schemaVersion ${version}; this code reads up to ${CASE_DOCUMENT_VERSION}`,
    );
  }
  let document: StoredDocument = stored;
  for (let from = version; from < CASE_DOCUMENT_VERSION; from += 1) document = UPCASTERS[from - 1]!(document);
  return document as unknown as CaseDocument;
}
