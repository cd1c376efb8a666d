// The GraphQL inputs of the office's own acts on memberships (membership-lifecycle.resolver.ts).
import { ArgsType, Extensions, Field, ID, InputType } from 'type-graphql';
import { MEMBERSHIP_END_REASONS, type MembershipEndReason, type Position } from '@etik/domain';
import { LONG_TEXT, NAME_TEXT } from '../errors/input-guard.plugin.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { graphQLEnum, PositionEnum } from '../shared/graphql-enums.js';

export const MembershipEndReasonEnum = graphQLEnum(
  'MembershipEndReason',
  MEMBERSHIP_END_REASONS,
  'resignation, death, permanentIncapacity: PKPU 8/2022 Pasal 43(2); endOfTerm: the body’s term is over.',
);

@InputType('NewPersonInput')
export class NewPersonInput {
  @Field(() => String, { description: 'NIK: 16 digits, checked as Dukcapil issues them.' }) nik: string;
  @Field(() => String) @Extensions(NAME_TEXT) name: string;
  @Field(() => String, { nullable: true, description: '`male` or `female`.' }) sex?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) @Extensions(LONG_TEXT) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) @Extensions(NAME_TEXT) email?: string | null;
}

@InputType('AppointMemberInput', {
  description: 'Give exactly one of personId, person (a new person) or membershipId (a ranked candidate).',
})
export class AppointMemberInput {
  @Field(() => ID) bodyId: string;
  @Field(() => ID, { nullable: true, description: 'A person on record.' }) personId?: string | null;
  @Field(() => NewPersonInput, { nullable: true, description: 'A person not on record yet.' })
  person?: NewPersonInput | null;
  @Field(() => ID, { nullable: true, description: 'A ranked candidate of this body, appointed.' })
  membershipId?: string | null;
  @Field(() => PositionEnum) position: Position;
  @Field(() => DateTimeScalar, {
    description:
      'When the member takes the seat: not in the future; the oath and the pact are taken on or before it.',
  })
  appointedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Required by the rules before the seat.' })
  oathTakenAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Required by the rules before the seat.' })
  integrityPactSignedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The appointment decree (SK) number.' })
  @Extensions(NAME_TEXT)
  reference?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Appoint a person dismissed permanently before, knowing it (else PREVIOUSLY_DISMISSED).',
  })
  confirmPreviousDismissal?: boolean | null;
}

const REFERENCE = { nullable: true, description: 'Decree (SK), minutes or letter number behind the act.' };

@ArgsType()
export class RecordOathArgs {
  @Field(() => ID) membershipId: string;
  @Field(() => DateTimeScalar, { description: 'When the oath was taken: not in the future.' }) takenAt: Date;
  @Field(() => String, REFERENCE) @Extensions(NAME_TEXT) reference?: string | null;
}

@ArgsType()
export class RecordIntegrityPactArgs {
  @Field(() => ID) membershipId: string;
  @Field(() => DateTimeScalar, { description: 'When the pact was signed: not in the future.' })
  signedAt: Date;
  @Field(() => String, REFERENCE) @Extensions(NAME_TEXT) reference?: string | null;
}

@ArgsType()
export class EndMembershipArgs {
  @Field(() => ID) membershipId: string;
  @Field(() => MembershipEndReasonEnum) reason: MembershipEndReason;
  @Field(() => DateTimeScalar, {
    description: 'When the seat ended: not in the future, not before the membership’s last change.',
  })
  at: Date;
  @Field(() => String, REFERENCE) @Extensions(NAME_TEXT) reference?: string | null;
}

@ArgsType()
export class TransferMemberArgs {
  @Field(() => ID) membershipId: string;
  @Field(() => ID) toBodyId: string;
  @Field(() => DateTimeScalar, {
    description: 'When the member moved: not in the future, not before the membership’s last change.',
  })
  at: Date;
  @Field(() => String, REFERENCE) @Extensions(NAME_TEXT) reference?: string | null;
}
