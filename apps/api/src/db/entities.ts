import {
  AdhocBodySchema,
  ConflictDeclarationSchema,
  MembershipSchema,
  PersonSchema,
} from '../adhoc-bodies/adhoc-body.entity.js';
import { MembershipChangeSchema } from '../adhoc-bodies/membership-change.entity.js';
import {
  AuditCheckpointSchema,
  AuditEventSchema,
  IdempotencyRecordSchema,
} from '../audit/audit-event.entity.js';
import {
  AllegationSchema,
  CaseSessionSchema,
  ExternalProceedingSchema,
} from '../case-records/case-records.entity.js';
import { LoginAttemptSchema } from '../auth/login-attempt.entity.js';
import { HolidayOverrideSchema } from '../holidays/holiday.entity.js';
import { ElectionSchema, ElectionStageSchema } from '../elections/election.entity.js';
import { CommissionSchema } from '../commissions/commission.entity.js';
import {
  CaseMilestoneSchema,
  RespondentPrincipleViolationSchema,
} from '../ethics-cases/case-projection.entity.js';
import { CaseParticipantSchema, EthicsCaseSchema } from '../ethics-cases/ethics-case.entity.js';
import { EvidenceFileSchema } from '../evidence/evidence.entity.js';
import { MemberImportErrorSchema, MemberImportSchema } from '../member-imports/member-import.entity.js';
import { RegionSchema } from '../regions/region.entity.js';
import { UserSchema } from '../users/user.entity.js';

export const ENTITIES = [
  RegionSchema,
  CommissionSchema,
  AdhocBodySchema,
  PersonSchema,
  MembershipSchema,
  ConflictDeclarationSchema,
  MembershipChangeSchema,
  UserSchema,
  EthicsCaseSchema,
  CaseParticipantSchema,
  RespondentPrincipleViolationSchema,
  CaseMilestoneSchema,
  EvidenceFileSchema,
  MemberImportSchema,
  MemberImportErrorSchema,
  AllegationSchema,
  CaseSessionSchema,
  ExternalProceedingSchema,
  AuditEventSchema,
  AuditCheckpointSchema,
  IdempotencyRecordSchema,
  LoginAttemptSchema,
  HolidayOverrideSchema,
  ElectionSchema,
  ElectionStageSchema,
];
