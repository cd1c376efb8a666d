import type { MemberImport } from './member-import.entity.js';

/** The JSON answer of an upload: the import as GraphQL `memberImport(id)` shows it. */
export const memberImportJson = (memberImport: MemberImport) => ({
  id: memberImport.id,
  kind: memberImport.kind,
  commissionId: memberImport.commission.id,
  status: memberImport.status,
  fileName: memberImport.fileName,
  fileSha256: memberImport.fileSha256,
  fileSize: memberImport.fileSize,
  totalRows: memberImport.totalRows ?? null,
  batchSize: memberImport.batchSize,
  createdBy: memberImport.createdBy,
  createdAt: memberImport.createdAt.toISOString(),
});
