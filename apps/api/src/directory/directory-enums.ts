// GraphQL enums of the directory (members, bodies, declarations, users), from the domain's lists where
// there is one.
import { MEMBERSHIP_EVENT_TYPES, SKIP_REASONS } from '@etik/domain';
import { graphQLEnum } from '../shared/graphql-enums.js';

export const MembershipEventEnum = graphQLEnum('MembershipEvent', MEMBERSHIP_EVENT_TYPES);
export const SkipReasonEnum = graphQLEnum(
  'SkipReason',
  SKIP_REASONS,
  'Why a waiting reserve is passed over in a replacement (PAW); deceased and noLongerEligible leave the list.',
);

export const MEMBER_SORTS = ['nameAsc', 'nameDesc', 'bodyAsc'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MemberSortEnum = graphQLEnum(
  'MemberSort',
  MEMBER_SORTS,
  'nameAsc/nameDesc: by the person’s name; bodyAsc: by body id, then selection rank (unranked last).',
);

export const BODY_SORTS = ['nameAsc', 'nameDesc', 'regionAsc'] as const;
export type BodySort = (typeof BODY_SORTS)[number];
export const BodySortEnum = graphQLEnum(
  'BodySort',
  BODY_SORTS,
  'regionAsc: by Kemendagri region code, then id.',
);

export const DECLARATION_SORTS = ['declaredAtDesc', 'declaredAtAsc'] as const;
export type DeclarationSort = (typeof DECLARATION_SORTS)[number];
export const DeclarationSortEnum = graphQLEnum('DeclarationSort', DECLARATION_SORTS);

export const USER_SORTS = ['usernameAsc', 'usernameDesc', 'displayNameAsc'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const UserSortEnum = graphQLEnum('UserSort', USER_SORTS);
