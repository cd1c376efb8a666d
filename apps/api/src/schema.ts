// The GraphQL schema, built from the resolver classes. `printEtikSchema` is what schema.graphql holds.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdhocBodyResolver } from './adhoc-bodies/adhoc-body.resolver.js';
import { MembershipLifecycleResolver } from './adhoc-bodies/membership-lifecycle.resolver.js';
import { StaffPersonResolver } from './staff/staff-person.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { CaseRecordsResolver } from './case-records/case-records.resolver.js';
import { CatalogueResolver } from './catalogue/catalogue.resolver.js';
import { CommissionResolver } from './commissions/commission.resolver.js';
import { ConflictDeclarationResolver } from './conflict-declarations/declaration.resolver.js';
import { CaseCommandsResolver } from './ethics-cases/case-commands.resolver.js';
import { EthicsCaseResolver } from './ethics-cases/ethics-case.resolver.js';
import { ExaminationTeamResolver } from './ethics-cases/examination-team.resolver.js';
import { ReplacementCandidatesResolver } from './ethics-cases/replacement-candidates.resolver.js';
import { ElectionResolver } from './elections/election.resolver.js';
import { EvidenceResolver } from './evidence/evidence.resolver.js';
import { HolidayResolver } from './holidays/holiday.resolver.js';
import { MemberImportResolver } from './member-imports/member-import.resolver.js';
import { MembersResolver, PersonResolver } from './members/members.resolver.js';
import { RegionResolver } from './regions/region.resolver.js';
import { ReportingResolver } from './reporting/reporting.resolver.js';
import { UserResolver } from './users/user.resolver.js';

export const buildEtikSchema = (): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers: [
      AuthResolver,
      EthicsCaseResolver,
      CaseCommandsResolver,
      ExaminationTeamResolver,
      ReplacementCandidatesResolver,
      CatalogueResolver,
      HolidayResolver,
      ElectionResolver,
      RegionResolver,
      CommissionResolver,
      AdhocBodyResolver,
      MembershipLifecycleResolver,
      StaffPersonResolver,
      ReportingResolver,
      EvidenceResolver,
      MemberImportResolver,
      CaseRecordsResolver,
      // The directory: members, people, declarations, users (bodies and regions above).
      MembersResolver,
      PersonResolver,
      ConflictDeclarationResolver,
      UserResolver,
    ],
    validate: false,
  });

export const printEtikSchema = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;
