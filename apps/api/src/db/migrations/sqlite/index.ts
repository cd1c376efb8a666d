import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Initial } from './Migration20261123000000Initial.js';
import { Migration20261124000000Evidence } from './Migration20261124000000Evidence.js';
import { Migration20261201000000MemberImport } from './Migration20261201000000MemberImport.js';
import { Migration20261201010000CaseRecords } from './Migration20261201010000CaseRecords.js';
import { Migration20261201020000Directory } from './Migration20261201020000Directory.js';
import { Migration20261201030000CaseFilters } from './Migration20261201030000CaseFilters.js';
import { Migration20261201031000SharedState } from './Migration20261201031000SharedState.js';
import { Migration20261207010000LoginAttempts } from './Migration20261207010000LoginAttempts.js';
import { Migration20261207030000EvidenceConfidentiality } from './Migration20261207030000EvidenceConfidentiality.js';
import { Migration20261207040000AuditCheckpoint } from './Migration20261207040000AuditCheckpoint.js';
import { Migration20261207050000CaseDocumentJsonb } from './Migration20261207050000CaseDocumentJsonb.js';
import { Migration20261207060000LocalTimeDeadlines } from './Migration20261207060000LocalTimeDeadlines.js';
import { Migration20261207210000CaseProjection } from './Migration20261207210000CaseProjection.js';
import { Migration20261207230000AdhocBodySetup } from './Migration20261207230000AdhocBodySetup.js';
import { Migration20261208020000HolidayOverrides } from './Migration20261208020000HolidayOverrides.js';
import { Migration20261208100000Elections } from './Migration20261208100000Elections.js';
import { Migration20261208110000MembershipLifecycle } from './Migration20261208110000MembershipLifecycle.js';
import { Migration20261208130000BodyImports } from './Migration20261208130000BodyImports.js';
import { Migration20261208140000StaffDeclarations } from './Migration20261208140000StaffDeclarations.js';
import { Migration20261208150000ReplacementRules } from './Migration20261208150000ReplacementRules.js';

/** In order of application. A new migration is generated per dialect and appended to both lists. */
export const SQLITE_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123000000Initial', class: Migration20261123000000Initial },
  { name: 'Migration20261124000000Evidence', class: Migration20261124000000Evidence },
  { name: 'Migration20261201000000MemberImport', class: Migration20261201000000MemberImport },
  { name: 'Migration20261201010000CaseRecords', class: Migration20261201010000CaseRecords },
  { name: 'Migration20261201020000Directory', class: Migration20261201020000Directory },
  { name: 'Migration20261201030000CaseFilters', class: Migration20261201030000CaseFilters },
  { name: 'Migration20261201031000SharedState', class: Migration20261201031000SharedState },
  { name: 'Migration20261207010000LoginAttempts', class: Migration20261207010000LoginAttempts },
  {
    name: 'Migration20261207030000EvidenceConfidentiality',
    class: Migration20261207030000EvidenceConfidentiality,
  },
  { name: 'Migration20261207040000AuditCheckpoint', class: Migration20261207040000AuditCheckpoint },
  { name: 'Migration20261207050000CaseDocumentJsonb', class: Migration20261207050000CaseDocumentJsonb },
  { name: 'Migration20261207060000LocalTimeDeadlines', class: Migration20261207060000LocalTimeDeadlines },
  { name: 'Migration20261207210000CaseProjection', class: Migration20261207210000CaseProjection },
  { name: 'Migration20261207230000AdhocBodySetup', class: Migration20261207230000AdhocBodySetup },
  { name: 'Migration20261208020000HolidayOverrides', class: Migration20261208020000HolidayOverrides },
  { name: 'Migration20261208100000Elections', class: Migration20261208100000Elections },
  { name: 'Migration20261208110000MembershipLifecycle', class: Migration20261208110000MembershipLifecycle },
  { name: 'Migration20261208130000BodyImports', class: Migration20261208130000BodyImports },
  { name: 'Migration20261208140000StaffDeclarations', class: Migration20261208140000StaffDeclarations },
  { name: 'Migration20261208150000ReplacementRules', class: Migration20261208150000ReplacementRules },
];
