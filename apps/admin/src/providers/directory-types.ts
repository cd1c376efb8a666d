// Shapes of the directory's API answers (members, people, bodies, regions, declarations, users, member
// imports), as the documents in directory-provider.ts ask for them. apps/api/schema.graphql is the truth.
import type { PersonSummary } from './api-types';
import type {
  BodyType,
  FamilyRelation,
  Finding,
  MembershipEventType,
  MembershipStatus,
  Outcome,
  Position,
  RelativeRole,
  Role,
} from '@etik/domain';
import type { Commission } from './api-types';

export type { FamilyRelation, RelativeRole };
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';
export type MemberImportStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface BodySummary {
  readonly id: string;
  readonly name: string;
  readonly type: BodyType;
  readonly regionCode: string;
  readonly commissionId: string;
  readonly region?: { readonly code: string; readonly name: string };
  readonly commission?: { readonly id: string; readonly name: string };
}

/** A row of `bodies`, and `adhocBody(id)`. */
export interface BodyRecord extends BodySummary {
  readonly activeMemberCount: number;
  readonly vacancies: number;
  readonly memberCounts?: readonly { readonly status: MembershipStatus; readonly count: number }[];
  /** Sent back as expectedVersion with a rename or a dissolution. */
  readonly version: number;
  readonly tpsNumber?: number | null;
  readonly formedAt?: string | null;
  readonly dissolvedAt?: string | null;
  readonly dissolveReason?: string | null;
}

/** A row of `members`: a membership with its person and body. `name` is the person's, for react-admin. */
export interface MemberRecord {
  readonly id: string;
  readonly name: string;
  readonly bodyId: string;
  readonly position: Position;
  readonly status: MembershipStatus;
  readonly selectionRank?: number | null;
  readonly replacesMembershipId?: string | null;
  readonly person: PersonSummary;
  readonly body: BodySummary;
}

export interface StatusChange {
  readonly at: string;
  readonly reason: MembershipEventType;
  readonly fromStatus?: MembershipStatus | null;
  readonly toStatus: MembershipStatus;
  readonly fromPosition?: Position | null;
  readonly toPosition?: Position | null;
  readonly reference?: string | null;
  readonly caseId?: string | null;
}

export interface PersonMembership {
  readonly id: string;
  readonly position: Position;
  readonly status: MembershipStatus;
  readonly selectionRank?: number | null;
  readonly body: BodySummary;
  readonly statusHistory: readonly StatusChange[];
}

export interface RespondentCase {
  readonly membershipId: string;
  readonly decidedAt?: string | null;
  readonly decidedBy?: string | null;
  readonly ethicsCase: {
    readonly id: string;
    readonly registerNumber?: string | null;
    readonly status: string;
  };
  readonly outcome?: {
    readonly outcome: Outcome;
    readonly finding: Finding;
    readonly principlesViolated: readonly string[];
  } | null;
}

/** `person(id)` with the history the member page shows. */
export interface PersonHistory extends PersonSummary {
  readonly memberships: readonly PersonMembership[];
  readonly declarations: readonly DeclarationRecord[];
  readonly respondentCases: readonly RespondentCase[];
}

/** `membership(id)` with the person's whole history: the member page. */
export interface MemberWithHistory extends Omit<MemberRecord, 'person'> {
  readonly person: PersonHistory;
}

export interface DeclarationRecord {
  readonly id: string;
  readonly version: number;
  /** Null for a commissioner's or staff member's own declaration. */
  readonly membershipId?: string | null;
  readonly commissionId?: string;
  readonly electionId?: string | null;
  readonly election?: { readonly id: string; readonly name: string } | null;
  readonly relativeName: string;
  readonly relativePersonId?: string | null;
  readonly relation: FamilyRelation;
  readonly relativeRole: RelativeRole;
  readonly declaredAt: string;
  readonly published: boolean;
  readonly publishedUrl?: string | null;
  readonly withdrawn: boolean;
  readonly withdrawnAt?: string | null;
  readonly withdrawalReason?: string | null;
  readonly updatedAt?: string | null;
  readonly person?: { readonly id: string; readonly name: string };
  readonly membership?: null | {
    readonly id: string;
    readonly body: { readonly id: string; readonly name: string };
  };
}

/** An ad hoc member declares by `membershipId`, a commissioner or staff member by `personId`. */
export interface DeclareConflictInput {
  readonly membershipId?: string;
  readonly personId?: string;
  readonly electionId?: string;
  readonly relativeName: string;
  readonly relativePersonId?: string | null;
  readonly relation: FamilyRelation;
  readonly relativeRole: RelativeRole;
  readonly declaredAt: string;
  readonly published?: boolean;
  readonly publishedUrl?: string | null;
}

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly commissionId: string;
  readonly commission?: Pick<Commission, 'id' | 'name' | 'level'>;
  readonly personId?: string | null;
  readonly version: number;
  readonly createdAt?: string | null;
  readonly updatedAt?: string | null;
}

export interface RegionNode {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode?: string | null;
  readonly childCount: number;
  readonly bodyCount: number;
}

export interface MemberImportRecord {
  readonly id: string;
  readonly status: MemberImportStatus;
  readonly fileName: string;
  readonly fileSize: number;
  readonly progress: number;
  readonly totalRows?: number | null;
  readonly processedRows: number;
  readonly importedRows: number;
  readonly updatedRows: number;
  readonly unchangedRows: number;
  readonly rejectedRows: number;
  readonly createdAt: string;
  readonly startedAt?: string | null;
  readonly finishedAt?: string | null;
  readonly commission: { readonly id: string; readonly name: string };
}

export interface MemberImportError {
  readonly line: number;
  readonly code: string;
  readonly field?: string | null;
  readonly message: string;
}

export interface MemberImportErrorsPage {
  readonly totalCount: number;
  readonly nodes: readonly MemberImportError[];
}

/** What POST /files/member-imports answers (202). */
export interface QueuedMemberImport {
  readonly memberImport: { readonly id: string; readonly status: MemberImportStatus };
  readonly ignoredColumns: readonly string[];
}

export const FINISHED_IMPORT_STATUSES: readonly MemberImportStatus[] = ['completed', 'failed', 'cancelled'];

/** A day off as `holidays(year)` lists it. */
export interface Holiday {
  readonly date: string;
  readonly kind: 'nationalHoliday' | 'cutiBersama';
  readonly name: { readonly id: string; readonly en: string };
  /** builtIn: shipped with Etik; added: added or corrected by the national administrator. */
  readonly origin: 'builtIn' | 'added';
  readonly source: string;
}

export interface HolidayYear {
  readonly year: number;
  readonly decree: string;
  readonly confidence: string;
  readonly holidays: readonly Holiday[];
  /** Built-in days the national administrator removed: working days now. */
  readonly removedDates: readonly string[];
}

export interface NewHoliday {
  readonly date: string;
  readonly kind: Holiday['kind'];
  readonly nameId: string;
  readonly nameEn: string;
}

/** What a holiday change did: `recomputedCases` open cases had their next due time moved. */
export interface HolidayChange {
  readonly change: string;
  readonly date: string;
  readonly recomputedCases: number;
}

/** An account of a commission with the person record behind it (`staffPersons`). */
export interface StaffPerson {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly active: boolean;
  /** Null until the account is given a person record. */
  readonly personId?: string | null;
  readonly name?: string | null;
  readonly sex?: string | null;
  /** The account's version: expectedVersion for giveUserPerson. */
  readonly version: number;
}

export interface NewStaffPerson {
  readonly nik: string;
  readonly name: string;
  readonly sex?: 'male' | 'female';
}
