// GraphQL enums of the conduct and calendar catalogues, from the domain's code lists (never retyped).
import { registerEnumType } from 'type-graphql';
import {
  BEHAVIOUR_CODES,
  HOLIDAY_KINDS,
  LOCALES,
  MEMBERSHIP_EVENT_TYPES,
  PRINCIPLE_GROUPS,
  PRINCIPLES,
  VIOLATION_CATEGORIES,
} from '@etik/domain';

function catalogueEnum<const T extends string>(name: string, values: readonly T[]): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name });
  return enumObject;
}

export const PrincipleCodeEnum = catalogueEnum('PrincipleCode', PRINCIPLES);
export const PrincipleGroupEnum = catalogueEnum('PrincipleGroup', PRINCIPLE_GROUPS);
export const BehaviourCodeEnum = catalogueEnum('BehaviourCode', BEHAVIOUR_CODES);
export const ViolationCategoryEnum = catalogueEnum('ViolationCategory', VIOLATION_CATEGORIES);
export const HolidayKindEnum = catalogueEnum('HolidayKind', HOLIDAY_KINDS);
export const MembershipEventTypeEnum = catalogueEnum('MembershipEventType', MEMBERSHIP_EVENT_TYPES);
export const LocaleEnum = catalogueEnum('Locale', LOCALES);
