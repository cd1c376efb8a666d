import { EntitySchema } from '@mikro-orm/core';
import type { EvidenceKind } from '@etik/domain';
import { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';

/**
 * A file submitted as evidence in a case. The bytes live in the evidence store under their SHA-256
 * (content-addressed: the same file uploaded twice is stored once); this row says whose, what and when.
 */
export class EvidenceFile {
  id!: string;
  ethicsCase!: EthicsCaseRecord;
  kind!: EvidenceKind;
  description?: string | null;
  /** The name the uploader's file had (base name only). */
  fileName!: string;
  mediaType!: string;
  size!: number;
  /** Hex SHA-256 of the bytes: the file's name in the store. */
  sha256!: string;
  uploadedBy!: string;
  uploadedByRole!: string;
  uploadedAt!: Date;
  /**
   * Only those who may see a confidential complainant's identity may list and download it (`seesEvidence`):
   * identity documents, and by default every file of a case whose complainant asked for confidentiality.
   */
  confidential = false;
}

export const EvidenceFileSchema = new EntitySchema<EvidenceFile>({
  class: EvidenceFile,
  tableName: 'evidence',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    ethicsCase: { kind: 'm:1', entity: () => EthicsCaseRecord, index: true },
    kind: { type: 'string', length: 32 },
    description: { type: 'text', nullable: true },
    fileName: { type: 'string', length: 255 },
    mediaType: { type: 'string', length: 127 },
    size: { type: 'integer' },
    sha256: { type: 'string', length: 64, index: true },
    uploadedBy: { type: 'string', length: 64 },
    uploadedByRole: { type: 'string', length: 32 },
    uploadedAt: { type: 'datetime' },
    confidential: { type: 'boolean' },
  },
});
