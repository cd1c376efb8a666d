import { EntitySchema } from '@mikro-orm/core';

/** The chain of events without a commission (users, national reference data), and of every row older than chains. */
export const NATIONAL_CHAIN = 'national';

/**
 * One row of the append-only audit trail. The database refuses UPDATE and DELETE (triggers in the
 * migrations), and `hash` chains every row to the one before it in its chain (audit-chain.ts). Each
 * commission has its own chain (its id), so writers in different commissions never wait on each other.
 */
export class AuditEvent {
  /** The commission id whose case or record the event belongs to, or NATIONAL_CHAIN. */
  chain!: string;
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
    chain: { type: 'string', length: 64, primary: true, default: NATIONAL_CHAIN },
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
    prevHash: { type: 'string', length: 64 },
    hash: { type: 'string', length: 64 },
  },
  indexes: [{ properties: ['entityType', 'entityId'] }],
  uniques: [{ properties: ['chain', 'prevHash'] }],
});

/**
 * A signed note of a chain's head, written in the transaction of every append: an HMAC-SHA256, with a key
 * kept outside the database, of the chain, the checkpoint's number, the head's seq and hash and the
 * previous checkpoint's MAC. Whoever can write the database but lacks the key cannot forge one, so a
 * shortened or re-chained trail no longer matches its last checkpoint (audit-checkpoint.ts).
 */
export class AuditCheckpoint {
  chain!: string;
  /** 1, 2, 3… per chain, gap-free. */
  n!: number;
  /** The chain's head when the checkpoint was written. */
  seq!: number;
  hash!: string;
  at!: Date;
  prevMac!: string;
  mac!: string;
}

export const AuditCheckpointSchema = new EntitySchema<AuditCheckpoint>({
  class: AuditCheckpoint,
  tableName: 'audit_checkpoint',
  properties: {
    chain: { type: 'string', length: 64, primary: true },
    n: { type: 'integer', primary: true, autoincrement: false },
    seq: { type: 'integer' },
    hash: { type: 'string', length: 64 },
    at: { type: 'datetime' },
    prevMac: { type: 'string', length: 64 },
    mac: { type: 'string', length: 64 },
  },
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
