// GraphQL enums of the conduct and calendar catalogues, from the domain's code lists (never retyped).
// Enums other parts of the schema also use are registered once, where they were first needed.
import {
  BEHAVIOUR_CODES,
  HOLIDAY_KINDS,
  HOLIDAY_ORIGINS,
  LOCALES,
  PRINCIPLE_GROUPS,
  PRINCIPLES,
} from '@etik/domain';
import { MembershipEventEnum } from '../directory/directory-enums.js';
import { graphQLEnum, ViolationCategoryEnum } from '../shared/graphql-enums.js';

export const PrincipleCodeEnum = graphQLEnum('PrincipleCode', PRINCIPLES);
export const PrincipleGroupEnum = graphQLEnum('PrincipleGroup', PRINCIPLE_GROUPS);
export const BehaviourCodeEnum = graphQLEnum('BehaviourCode', BEHAVIOUR_CODES);
export const HolidayKindEnum = graphQLEnum('HolidayKind', HOLIDAY_KINDS);
export const HolidayOriginEnum = graphQLEnum('HolidayOrigin', HOLIDAY_ORIGINS);
export const LocaleEnum = graphQLEnum('Locale', LOCALES);
export { MembershipEventEnum as MembershipEventTypeEnum, ViolationCategoryEnum };
