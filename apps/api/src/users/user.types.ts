import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Role } from '@etik/domain';
import { NAME_TEXT } from '../errors/input-guard.plugin.js';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { RoleEnum } from '../shared/graphql-enums.js';
import { UserSortEnum, type UserSort } from '../directory/directory-enums.js';
import type { User } from './user.entity.js';

/** Passwords are long on purpose; nothing longer is useful, and scrypt need not hash megabytes. */
const PASSWORD_TEXT = { maxLength: 256 } as const;
const PASSWORD_RULES =
  'At least 12 characters; not containing the username, not repetitive, not a sequence, not a common password (WEAK_PASSWORD with a reason).';

@ObjectType('User', { description: 'A user account. The password hash is never shown.' })
export class UserType {
  @Field(() => ID) id: string;
  @Field(() => String) username: string;
  @Field(() => String) displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => ID) commissionId: string;
  @Field(() => ID, { nullable: true, description: 'The person behind the account (examiners).' })
  personId?: string | null;
  @Field(() => Boolean) active: boolean;
  @Field(() => Int, { description: 'Send it back as expectedVersion with the next change.' }) version: number;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt?: Date | null;

  static from(user: User): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      commissionId: user.commission.id,
      personId: user.personId ?? null,
      active: user.active,
      version: user.version,
      createdAt: user.createdAt ?? null,
      updatedAt: user.updatedAt ?? null,
    });
  }
}

@ObjectType('UserEdge')
export class UserEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => UserType) node: UserType;
}

@ObjectType('UserConnection')
export class UserConnectionType {
  @Field(() => [UserEdgeType]) edges: UserEdgeType[];
  @Field(() => [UserType]) nodes: UserType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}

@InputType('UserFilter')
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true, description: 'This commission or any commission under it.' })
  commissionId?: string;
  @Field(() => String, { nullable: true, description: 'Part of the username or display name (any case).' })
  @Extensions(NAME_TEXT)
  text?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@ArgsType()
export class UsersArgs {
  @Field(() => UserFilter, { nullable: true }) filter?: UserFilter;
  @Field(() => UserSortEnum, { nullable: true, defaultValue: 'usernameAsc' }) sort: UserSort;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String, { description: 'Lower-case letters, digits, dots, dashes, underscores; 3–64.' })
  @Extensions({ maxLength: 64 })
  username: string;
  @Field(() => String) @Extensions(NAME_TEXT) displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { description: 'At a level the role may hold (ROLE_NOT_AT_COMMISSION_LEVEL).' })
  commissionId: string;
  @Field(() => String, { description: PASSWORD_RULES })
  @Extensions(PASSWORD_TEXT)
  password: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) commissionId?: string | null;
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) displayName?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Omitted keeps it; null unlinks the person.' })
  personId?: string | null;
}

@ArgsType()
export class ResetUserPasswordArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { description: PASSWORD_RULES })
  @Extensions(PASSWORD_TEXT)
  newPassword: string;
  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' })
  expectedVersion: number;
}
