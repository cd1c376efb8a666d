import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../shared/graphql-enums.js';

@InputType('NewStaffPersonInput', {
  description: 'The person record of a commissioner or secretariat staff member, as their KTP gives it.',
})
export class NewStaffPersonInput {
  @Field(() => String, { description: 'NIK: 16 digits, checked as Dukcapil issues them.' }) nik: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: '`male` or `female`.' }) sex?: string | null;
}

@ArgsType()
export class GiveUserPersonArgs {
  @Field(() => ID) userId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => NewStaffPersonInput, { nullable: true, description: 'A new person record; or personId.' })
  person?: NewStaffPersonInput | null;
  @Field(() => ID, { nullable: true, description: 'An existing person record; or person.' })
  personId?: string | null;
}

@ObjectType('StaffPerson', {
  description: 'A user account of a commission and the person record behind it, when it has one.',
})
export class StaffPersonType {
  @Field(() => ID) userId: string;
  @Field(() => String) username: string;
  @Field(() => String) displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => Boolean) active: boolean;
  @Field(() => Int, { description: 'The account’s version: expectedVersion for giveUserPerson.' })
  version: number;
  @Field(() => ID, { nullable: true, description: 'Null until the account is given a person record.' })
  personId: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) sex: string | null;
}
