// The national administrator's corrections of the days off (holiday.service.ts). The effective list is
// read through the catalogue's public `holidays` query.
import { Arg, Ctx, Extensions, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HolidayKind } from '@etik/domain';
import { HolidayKindEnum } from '../catalogue/catalogue.enums.js';
import type { Context } from '../context.js';
import { NAME_TEXT } from '../errors/input-guard.plugin.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { addHoliday, removeHoliday, restoreHoliday } from './holiday.service.js';

@InputType('AddHolidayInput')
export class AddHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD, a local calendar date in 2019–2027.' }) date: string;
  @Field(() => HolidayKindEnum) kind: HolidayKind;
  @Field(() => String, { description: 'The name in Bahasa Indonesia.' })
  @Extensions(NAME_TEXT)
  nameId: string;
  @Field(() => String, { description: 'The name in English.' }) @Extensions(NAME_TEXT) nameEn: string;
}

@ObjectType('HolidayChange')
export class HolidayChangeType {
  @Field(() => String) date: string;
  @Field(() => String, { description: 'added, removed or restored.' }) change: string;
  @Field(() => Int, {
    description: 'Open cases whose next due time moved (each has a deadlinesRecomputed timeline entry).',
  })
  recomputedCases: number;
}

@Resolver()
export class HolidayResolver {
  @Mutation(() => HolidayChangeType, {
    description:
      'Adds a day off, or corrects the one on that date (national administrator only). Open deadlines are recomputed in the same transaction.',
  })
  async addHoliday(
    @Arg('input', () => AddHolidayInput) input: AddHolidayInput,
    @Ctx() ctx: Context,
  ): Promise<HolidayChangeType> {
    return orThrow(await addHoliday(ctx, input));
  }

  @Mutation(() => HolidayChangeType, {
    description:
      'Makes a day off a working day (national administrator only); NOT_A_HOLIDAY when it is not one. Open deadlines are recomputed.',
  })
  async removeHoliday(
    @Arg('date', () => String) date: string,
    @Ctx() ctx: Context,
  ): Promise<HolidayChangeType> {
    return orThrow(await removeHoliday(ctx, date));
  }

  @Mutation(() => HolidayChangeType, {
    description:
      'Gives a date back to the built-in list, undoing an addition or a removal (national administrator only); HOLIDAY_NOT_CHANGED when there is none. Open deadlines are recomputed.',
  })
  async restoreHoliday(
    @Arg('date', () => String) date: string,
    @Ctx() ctx: Context,
  ): Promise<HolidayChangeType> {
    return orThrow(await restoreHoliday(ctx, date));
  }
}
