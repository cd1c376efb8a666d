import { EntitySchema } from '@mikro-orm/core';
import type { BodyType, FamilyRelation, MembershipStatus, Position, RelativeRole } from '@etik/domain';
import { Commission } from '../commissions/commission.entity.js';
import { Region } from '../regions/region.entity.js';

/** A PPK, PPS, KPPS or Pantarlih, formed by a KPU Kabupaten/Kota for a region. */
export class AdhocBody {
  id!: string;
  type!: BodyType;
  name!: string;
  region!: Region;
  /** The KPU Kabupaten/Kota that formed the body: it handles cases against its members. */
  commission!: Commission;
  /** The polling station (TPS) of a KPPS or Pantarlih, 1..999; null for PPK and PPS. */
  tpsNumber?: number | null;
  /** Optimistic lock: changes name the version they last read (directory/versioning.ts). */
  version = 1;
  /** Null for bodies recorded before formation was kept (the seeds, older data). */
  formedAt?: Date | null;
  /** A dissolved body stays on record with its members' history; it takes no more changes. */
  dissolvedAt?: Date | null;
  dissolveReason?: string | null;
  /** The election the body was formed for (elections/election.entity.ts), when recorded. */
  electionId?: string | null;
  /** The body's term (masa kerja), YYYY-MM-DD; by default the election's dates. */
  termStartsOn?: string | null;
  termEndsOn?: string | null;
}

/** Personal data: NIK, address, phone, e-mail and birth are masked for roles that do not need them. */
export class Person {
  id!: string;
  nik!: string;
  name!: string;
  address?: string | null;
  phone?: string | null;
  /** `male` or `female` (jenis kelamin), as recruitment records give it. */
  sex?: string | null;
  birthPlace?: string | null;
  /** Calendar date, YYYY-MM-DD. */
  birthDate?: string | null;
  email?: string | null;
}

/** One entry of a membership's history, as stored (dates as ISO strings). */
export interface MembershipStatusChange {
  readonly status: MembershipStatus;
  readonly at: string;
  readonly reason: string;
  readonly reference?: string;
  readonly cessationReason?: string;
  /** A transfer's other membership (membership-lifecycle.service.ts), or a replacement's other seat. */
  readonly counterpartMembershipId?: string;
  /** A reserve passed over in a replacement (PAW): why. */
  readonly skipReason?: string;
  /** Dates an appointment or a transfer brought with it (ISO). */
  readonly oathTakenAt?: string;
  readonly integrityPactSignedAt?: string;
}

export class Membership {
  id!: string;
  person!: Person;
  body!: AdhocBody;
  position!: Position;
  status!: MembershipStatus;
  /** Rank on the selection list; the next-ranked candidate fills a vacated seat. */
  selectionRank?: number | null;
  /** The membership whose seat this one filled (PAW). */
  replaces?: Membership | null;
  statusHistory: MembershipStatusChange[] = [];
}

/**
 * A declaration of a close family tie: by an ad hoc member (under a membership) or by one of the commission's
 * own commissioners and staff (a person linked to an account, no membership).
 */
export class ConflictDeclaration {
  id!: string;
  /** The declarer. */
  person!: Person;
  /** The commission whose register holds it: the one that formed the member's body, or the staff's own. */
  commission!: Commission;
  /** The declarer's seat in an ad hoc body; null for the commission's own people. */
  membership?: Membership | null;
  relativeName!: string;
  /** The relative's person record, when they are one of ours: the team check then matches by id. */
  relativePersonId?: string | null;
  relation!: FamilyRelation;
  relativeRole!: RelativeRole;
  declaredAt!: Date;
  published = false;
  publishedUrl?: string | null;
  /** Optimistic lock: changes name the version they last read. */
  version = 1;
  updatedAt?: Date | null;
  /** A withdrawn declaration stays on record but no longer counts in the examination-team check. */
  withdrawnAt?: Date | null;
  withdrawalReason?: string | null;
  /** The election the declaration was made for, when recorded. */
  electionId?: string | null;
}

export const AdhocBodySchema = new EntitySchema<AdhocBody>({
  class: AdhocBody,
  tableName: 'adhoc_body',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    type: { type: 'string', length: 16, index: true },
    name: { type: 'string', length: 255 },
    region: { kind: 'm:1', entity: () => Region, index: true },
    commission: { kind: 'm:1', entity: () => Commission, index: true },
    tpsNumber: { type: 'integer', nullable: true },
    // Claimed by directory/versioning.ts, not the ORM: every accepted change raises it.
    version: { type: 'integer', default: 1 },
    formedAt: { type: 'datetime', nullable: true },
    dissolvedAt: { type: 'datetime', nullable: true },
    dissolveReason: { type: 'text', nullable: true },
    electionId: { type: 'string', length: 64, nullable: true, index: true },
    termStartsOn: { type: 'string', length: 10, nullable: true },
    termEndsOn: { type: 'string', length: 10, nullable: true },
  },
});

export const PersonSchema = new EntitySchema<Person>({
  class: Person,
  tableName: 'person',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    nik: { type: 'string', length: 16, unique: true },
    name: { type: 'string', length: 255, index: true },
    address: { type: 'text', nullable: true },
    phone: { type: 'string', length: 32, nullable: true },
    sex: { type: 'string', length: 8, nullable: true },
    birthPlace: { type: 'string', length: 255, nullable: true },
    birthDate: { type: 'string', length: 10, nullable: true },
    email: { type: 'string', length: 255, nullable: true },
  },
});

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'membership',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    person: { kind: 'm:1', entity: () => Person, index: true },
    body: { kind: 'm:1', entity: () => AdhocBody, index: true },
    position: { type: 'string', length: 16 },
    status: { type: 'string', length: 32, index: true },
    selectionRank: { type: 'integer', nullable: true },
    // Indexed: "who replaced this member" and the vacancy count look memberships up by it.
    replaces: { kind: 'm:1', entity: () => Membership, nullable: true, index: true },
    statusHistory: { type: 'json' },
  },
  // One seat per person per body: what the member import upserts on (a change of position keeps the seat).
  uniques: [{ properties: ['person', 'body'] }],
});

export const ConflictDeclarationSchema = new EntitySchema<ConflictDeclaration>({
  class: ConflictDeclaration,
  tableName: 'conflict_declaration',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    person: { kind: 'm:1', entity: () => Person, index: true },
    commission: { kind: 'm:1', entity: () => Commission, index: true },
    membership: { kind: 'm:1', entity: () => Membership, nullable: true, index: true },
    relativeName: { type: 'string', length: 255 },
    relativePersonId: { type: 'string', length: 64, nullable: true },
    relation: { type: 'string', length: 16 },
    relativeRole: { type: 'string', length: 32 },
    declaredAt: { type: 'datetime' },
    published: { type: 'boolean' },
    publishedUrl: { type: 'string', length: 512, nullable: true },
    // Claimed by directory/versioning.ts, not the ORM: every accepted change raises it.
    version: { type: 'integer', default: 1 },
    updatedAt: { type: 'datetime', nullable: true },
    withdrawnAt: { type: 'datetime', nullable: true },
    withdrawalReason: { type: 'text', nullable: true },
    electionId: { type: 'string', length: 64, nullable: true, index: true },
  },
});
