import { ArgsType, Extensions, Field, ID, InputType, Int } from 'type-graphql';
import type { FamilyRelation, RelativeRole } from '@etik/domain';
import { LONG_TEXT, NAME_TEXT } from '../errors/input-guard.plugin.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { FamilyRelationEnum, RelativeRoleEnum } from '../shared/graphql-enums.js';
import { DeclarationSortEnum, type DeclarationSort } from '../directory/directory-enums.js';

/** The publication link's column. */
const URL_TEXT = { maxLength: 512 } as const;

@InputType('ConflictDeclarationFilter')
export class ConflictDeclarationFilter {
  @Field(() => ID, { nullable: true }) membershipId?: string;
  @Field(() => ID, { nullable: true, description: 'The declarer.' }) personId?: string;
  @Field(() => ID, { nullable: true }) bodyId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Held by this commission or any commission under it.',
  })
  commissionId?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only the commissions’ own commissioners and staff; false: only ad hoc members.',
  })
  byStaff?: boolean;
  @Field(() => Boolean, { nullable: true }) published?: boolean;
  @Field(() => FamilyRelationEnum, { nullable: true }) relation?: FamilyRelation;
  @Field(() => RelativeRoleEnum, { nullable: true }) relativeRole?: RelativeRole;
  @Field(() => Boolean, { nullable: true, description: 'Omitted: both current and withdrawn.' })
  withdrawn?: boolean;
  @Field(() => ID, { nullable: true, description: 'Declarations made for this election.' })
  electionId?: string;
}

@ArgsType()
export class ConflictDeclarationsArgs {
  @Field(() => ConflictDeclarationFilter, { nullable: true }) filter?: ConflictDeclarationFilter;
  @Field(() => DeclarationSortEnum, { nullable: true, defaultValue: 'declaredAtDesc' }) sort: DeclarationSort;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}

@InputType('DeclareConflictInput')
export class DeclareConflictInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An ad hoc member’s declaration: their membership, in a body your commission formed.',
  })
  membershipId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'A commissioner’s or staff member’s declaration: their person (see staffPersons). Give this or membershipId.',
  })
  personId?: string | null;
  @Field(() => String) @Extensions(NAME_TEXT) relativeName: string;
  @Field(() => ID, { nullable: true }) relativePersonId?: string | null;
  @Field(() => FamilyRelationEnum) relation: FamilyRelation;
  @Field(() => RelativeRoleEnum) relativeRole: RelativeRole;
  @Field(() => DateTimeScalar) declaredAt: Date;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) published: boolean;
  @Field(() => String, { nullable: true, description: 'Required when published.' })
  @Extensions(URL_TEXT)
  publishedUrl?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The election the declaration is made for; omitted: the one the declarer’s body was formed for.',
  })
  electionId?: string | null;
}

@InputType('ConflictDeclarationChanges', { description: 'Omitted fields keep their value; null clears.' })
export class ConflictDeclarationChanges {
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) relativeName?: string | null;
  @Field(() => ID, { nullable: true }) relativePersonId?: string | null;
  @Field(() => FamilyRelationEnum, { nullable: true }) relation?: FamilyRelation | null;
  @Field(() => RelativeRoleEnum, { nullable: true }) relativeRole?: RelativeRole | null;
  @Field(() => DateTimeScalar, { nullable: true }) declaredAt?: Date | null;
}

@ArgsType()
export class DeclarationVersionArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
}

@ArgsType()
export class UpdateConflictDeclarationArgs extends DeclarationVersionArgs {
  @Field(() => ConflictDeclarationChanges) changes: ConflictDeclarationChanges;
}

@ArgsType()
export class PublishConflictDeclarationArgs extends DeclarationVersionArgs {
  @Field(() => Boolean) published: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The public page; omitted keeps the one on record, null clears it.',
  })
  @Extensions(URL_TEXT)
  publishedUrl?: string | null;
}

@ArgsType()
export class WithdrawConflictDeclarationArgs extends DeclarationVersionArgs {
  @Field(() => String) @Extensions(LONG_TEXT) reason: string;
}
