import { EntitySchema } from '@mikro-orm/core';

/**
 * One row of the append-only audit trail. The database refuses UPDATE and DELETE (triggers in the
 * migrations), and `hash` chains every row to the one before (audit-chain.ts).
 */
export class AuditEvent {
  /** Position in the chain, 1-based, gap-free. */
  seq!: number;
  at!: Date;
  actorUserId?: string | null;
  actorRole?: string | null;
  action!: string;
  entityType!: string;
  entityId!: string;
  requestId?: string | null;
  /** Canonical JSON of the state before and after (null when there is none). */
  before?: string | null;
  after?: string | null;
  prevHash!: string;
  hash!: string;
}

export const AuditEventSchema = new EntitySchema<AuditEvent>({
  class: AuditEvent,
  tableName: 'audit_event',
  properties: {
    seq: { type: 'integer', primary: true, autoincrement: false },
    at: { type: 'datetime' },
    actorUserId: { type: 'string', length: 64, nullable: true },
    actorRole: { type: 'string', length: 32, nullable: true },
    action: { type: 'string', length: 64 },
    entityType: { type: 'string', length: 32 },
    entityId: { type: 'string', length: 64 },
    requestId: { type: 'string', length: 64, nullable: true },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    prevHash: { type: 'string', length: 64, unique: true },
    hash: { type: 'string', length: 64 },
  },
  indexes: [{ properties: ['entityType', 'entityId'] }],
});

/** The stored result of a mutation sent with an Idempotency-Key, per user and key. */
export class IdempotencyRecord {
  id!: number;
  userId!: string;
  key!: string;
  operation!: string;
  requestHash!: string;
  /** The JSON response of the first execution; null until it has been sent. */
  response?: string | null;
  createdAt!: Date;
}

export const IdempotencyRecordSchema = new EntitySchema<IdempotencyRecord>({
  class: IdempotencyRecord,
  tableName: 'idempotency_record',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    userId: { type: 'string', length: 64 },
    key: { type: 'string', length: 255 },
    operation: { type: 'string', length: 128 },
    requestHash: { type: 'string', length: 64 },
    response: { type: 'text', nullable: true },
    // Expired keys are purged by age (IDEMPOTENCY_TTL_HOURS).
    createdAt: { type: 'datetime', index: true },
  },
  uniques: [{ properties: ['userId', 'key'] }],
});
