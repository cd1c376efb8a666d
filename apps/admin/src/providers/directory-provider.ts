// The directory part of the data provider: members, bodies, regions, conflict-of-interest declarations,
// user accounts and member imports, on the API's connections (`members`, `bodies`, `conflictDeclarations`,
// `users`, `memberImports`) rather than the old whole lists. react-admin pages by number and the API by
// cursor, so each list walks to page N with a cursors-only query and remembers the cursors it saw.
import type { GetListParams, GetListResult, Identifier } from 'react-admin';
import type {
  BodyRecord,
  DeclarationRecord,
  DeclareConflictInput,
  MemberImportErrorsPage,
  MemberImportRecord,
  MemberRecord,
  MemberWithHistory,
  QueuedMemberImport,
  HolidayChange,
  HolidayYear,
  NewHoliday,
  NewStaffPerson,
  RegionNode,
  StaffPerson,
  UserRecord,
} from './directory-types';
import { ApiError, apiErrorOf, type GraphQLErrorBody, type GraphQLRequest } from './graphql-client';

/** The API refuses pages larger than this on every connection. */
const MAX_PAGE = 100;

export const DIRECTORY_RESOURCES = [
  'members',
  'adhoc-bodies',
  'declarations',
  'users',
  'member-imports',
] as const;
export type DirectoryResource = (typeof DIRECTORY_RESOURCES)[number];
export const isDirectoryResource = (resource: string): resource is DirectoryResource =>
  (DIRECTORY_RESOURCES as readonly string[]).includes(resource);

const BODY_FIELDS = 'id name type regionCode commissionId region { code name } commission { id name }';
/** What the body's own pages need besides BODY_FIELDS (kept out of the members' nested bodies). */
const BODY_PAGE_FIELDS = `${BODY_FIELDS} version tpsNumber formedAt dissolvedAt dissolveReason activeMemberCount vacancies`;
const PERSON_FIELDS = 'id name nik address phone personalDataMasked';
const MEMBER_FIELDS = `id bodyId position status selectionRank replacesMembershipId
  person { ${PERSON_FIELDS} } body { ${BODY_FIELDS} }`;
const DECLARATION_FIELDS = `id version membershipId relativeName relativePersonId relation relativeRole
  declaredAt published publishedUrl withdrawn withdrawnAt withdrawalReason updatedAt
  commissionId electionId election { id name } person { id name } membership { id body { id name } }`;
const USER_FIELDS = `id username displayName role active commissionId personId version createdAt updatedAt
  commission { id name level }`;
const IMPORT_FIELDS = `id status fileName fileSize progress totalRows processedRows importedRows updatedRows
  unchangedRows rejectedRows createdAt startedAt finishedAt commission { id name }`;
const REGION_FIELDS = 'code name level parentCode childCount bodyCount';
const HISTORY_FIELDS = `${MEMBER_FIELDS.replace(`person { ${PERSON_FIELDS} }`, '')}
  person { ${PERSON_FIELDS}
    memberships { id position status selectionRank body { ${BODY_FIELDS} }
      statusHistory { at reason fromStatus toStatus fromPosition toPosition reference caseId } }
    declarations { ${DECLARATION_FIELDS} }
    respondentCases { membershipId decidedAt decidedBy ethicsCase { id registerNumber status }
      outcome { outcome finding principlesViolated } }
  }`;

/** The office's acts on a membership outside a case (membership-lifecycle.resolver.ts in the API). */
export type MembershipAct = { readonly membershipId: string; readonly reference?: string | null } & (
  | { readonly kind: 'endMembership'; readonly reason: string; readonly at: string }
  | { readonly kind: 'transferMember'; readonly toBodyId: string; readonly at: string }
  | { readonly kind: 'recordOath'; readonly takenAt: string }
  | { readonly kind: 'recordIntegrityPact'; readonly signedAt: string }
);

const MEMBERSHIP_ACT_CALLS: Record<MembershipAct['kind'], readonly [string, string]> = {
  endMembership: [
    '$membershipId: ID!, $reason: MembershipEndReason!, $at: DateTimeISO!, $reference: String',
    'membershipId: $membershipId, reason: $reason, at: $at, reference: $reference',
  ],
  transferMember: [
    '$membershipId: ID!, $toBodyId: ID!, $at: DateTimeISO!, $reference: String',
    'membershipId: $membershipId, toBodyId: $toBodyId, at: $at, reference: $reference',
  ],
  recordOath: [
    '$membershipId: ID!, $takenAt: DateTimeISO!, $reference: String',
    'membershipId: $membershipId, takenAt: $takenAt, reference: $reference',
  ],
  recordIntegrityPact: [
    '$membershipId: ID!, $signedAt: DateTimeISO!, $reference: String',
    'membershipId: $membershipId, signedAt: $signedAt, reference: $reference',
  ],
};

interface Connection<T> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly nodes?: readonly T[];
}

/** One connection of the API: its field, its arguments' declarations and the node fields to read. */
interface ConnectionSpec {
  readonly field: string;
  /** e.g. `$filter: MemberFilter, $sort: MemberSort` */
  readonly args: string;
  readonly nodeFields: string;
}

const CONNECTIONS: Record<DirectoryResource, ConnectionSpec> = {
  members: { field: 'members', args: '$filter: MemberFilter, $sort: MemberSort', nodeFields: MEMBER_FIELDS },
  'adhoc-bodies': {
    field: 'bodies',
    args: '$filter: BodyFilter, $sort: BodySort',
    nodeFields: BODY_PAGE_FIELDS,
  },
  declarations: {
    field: 'conflictDeclarations',
    args: '$filter: ConflictDeclarationFilter, $sort: DeclarationSort',
    nodeFields: DECLARATION_FIELDS,
  },
  users: { field: 'users', args: '$filter: UserFilter, $sort: UserSort', nodeFields: USER_FIELDS },
  'member-imports': { field: 'memberImports', args: '$commissionId: ID', nodeFields: IMPORT_FIELDS },
};

/** `query <Field>Page(...) { field(...) { totalCount pageInfo {…} nodes {…} } }`, nodes left out for cursors. */
export function connectionQuery(spec: ConnectionSpec, cursorsOnly: boolean): string {
  const names = [...spec.args.matchAll(/\$(\w+)/g)].map((match) => match[1]!);
  const pass = [...names, 'first', 'after'].map((name) => `${name}: $${name}`).join(', ');
  const operation = `${spec.field[0]!.toUpperCase()}${spec.field.slice(1)}${cursorsOnly ? 'Cursors' : 'Page'}`;
  return `query ${operation}(${spec.args}, $first: Int, $after: String) { ${spec.field}(${pass}) {
    totalCount pageInfo { hasNextPage endCursor }${cursorsOnly ? '' : ` nodes { ${spec.nodeFields} }`} } }`;
}

/** react-admin's sort → the API's sort enum, per resource; an unknown field keeps the API's default. */
export function sortOf(
  resource: DirectoryResource,
  sort: GetListParams['sort'] | undefined,
): string | undefined {
  if (!sort?.field) return undefined;
  const ascending = sort.order !== 'DESC';
  switch (resource) {
    case 'members':
      if (sort.field === 'name') return ascending ? 'nameAsc' : 'nameDesc';
      if (sort.field === 'body' || sort.field === 'bodyId') return 'bodyAsc';
      return undefined;
    case 'adhoc-bodies':
      if (sort.field === 'name') return ascending ? 'nameAsc' : 'nameDesc';
      if (sort.field === 'regionCode' || sort.field === 'region') return 'regionAsc';
      return undefined;
    case 'declarations':
      return sort.field === 'declaredAt' ? (ascending ? 'declaredAtAsc' : 'declaredAtDesc') : undefined;
    case 'users':
      if (sort.field === 'username') return ascending ? 'usernameAsc' : 'usernameDesc';
      if (sort.field === 'displayName') return 'displayNameAsc';
      return undefined;
    default:
      return undefined;
  }
}

const isSet = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
const compact = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => isSet(value)));
const asList = (value: unknown) => (isSet(value) ? (Array.isArray(value) ? value : [value]) : undefined);
const asBoolean = (value: unknown) =>
  value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;

/** The list's filter form → the API's variables (the search box `q` is the API's `text`). */
export function variablesOf(
  resource: DirectoryResource,
  filter: Record<string, unknown>,
): Record<string, unknown> {
  switch (resource) {
    case 'members': {
      const apiFilter = compact({
        text: typeof filter.q === 'string' ? filter.q.trim() : undefined,
        bodyId: filter.bodyId,
        bodyTypes: asList(filter.bodyTypes ?? filter.bodyType),
        statuses: asList(filter.statuses ?? filter.status),
        positions: asList(filter.positions ?? filter.position),
        commissionId: filter.commissionId,
        regionCode: filter.regionCode,
      });
      return Object.keys(apiFilter).length ? { filter: apiFilter } : {};
    }
    case 'adhoc-bodies': {
      const apiFilter = compact({
        text: typeof filter.q === 'string' ? filter.q.trim() : undefined,
        types: asList(filter.types ?? filter.type),
        commissionId: filter.commissionId,
        regionCode: filter.regionCode,
      });
      return Object.keys(apiFilter).length ? { filter: apiFilter } : {};
    }
    case 'declarations': {
      const apiFilter = compact({
        commissionId: filter.commissionId,
        bodyId: filter.bodyId,
        membershipId: filter.membershipId,
        personId: filter.personId,
        electionId: filter.electionId,
        byStaff: asBoolean(filter.byStaff),
        relation: filter.relation,
        relativeRole: filter.relativeRole,
        published: asBoolean(filter.published),
        withdrawn: asBoolean(filter.withdrawn),
      });
      return Object.keys(apiFilter).length ? { filter: apiFilter } : {};
    }
    case 'users': {
      const apiFilter = compact({
        text: typeof filter.q === 'string' ? filter.q.trim() : undefined,
        role: filter.role,
        commissionId: filter.commissionId,
        active: asBoolean(filter.active),
      });
      return Object.keys(apiFilter).length ? { filter: apiFilter } : {};
    }
    case 'member-imports':
      return compact({ commissionId: filter.commissionId });
  }
}

export interface DirectoryFileOptions {
  readonly baseUrl?: string;
  readonly getToken?: () => string | undefined;
  readonly fetch?: typeof fetch;
}

export function createDirectoryProvider(request: GraphQLRequest, fileOptions: DirectoryFileOptions = {}) {
  /** Cursor after each offset, per resource + variables: page N without refetching pages 1…N-1. */
  const cursors = new Map<string, Map<number, string>>();

  async function page<T>(
    resource: DirectoryResource,
    variables: Record<string, unknown>,
    first: number,
    after: string | undefined,
    cursorsOnly = false,
  ): Promise<Connection<T>> {
    const spec = CONNECTIONS[resource];
    const answer = await request<Record<string, Connection<T>>>(connectionQuery(spec, cursorsOnly), {
      ...variables,
      first,
      ...(after ? { after } : {}),
    });
    const connection = answer[spec.field];
    if (!connection) throw new ApiError('BAD_RESPONSE');
    return connection;
  }

  /** The cursor after which `offset` starts; null when the list is shorter than that. */
  async function cursorAt(
    resource: DirectoryResource,
    key: string,
    variables: Record<string, unknown>,
    offset: number,
  ): Promise<string | null | undefined> {
    if (offset === 0) return undefined;
    if (cursors.size > 50) cursors.clear();
    const known = cursors.get(key) ?? new Map<number, string>();
    cursors.set(key, known);
    let at = 0;
    let cursor: string | undefined;
    for (const [position, value] of known) {
      if (position <= offset && position > at) [at, cursor] = [position, value];
    }
    while (at < offset) {
      const step = Math.min(MAX_PAGE, offset - at);
      const walked = await page(resource, variables, step, cursor, true);
      if (!walked.pageInfo.endCursor) return null;
      at += step;
      cursor = walked.pageInfo.endCursor;
      known.set(at, cursor);
      if (!walked.pageInfo.hasNextPage && at < offset) return null;
    }
    return cursor;
  }

  async function getList<T>(
    resource: DirectoryResource,
    params: Partial<GetListParams>,
  ): Promise<GetListResult<T & { id: Identifier }>> {
    const sort = sortOf(resource, params.sort);
    const variables = {
      ...variablesOf(resource, (params.filter ?? {}) as Record<string, unknown>),
      ...(sort ? { sort } : {}),
    };
    const { page: number = 1, perPage = 25 } = params.pagination ?? {};
    const offset = (number - 1) * perPage;
    const key = `${resource} ${JSON.stringify(variables)}`;
    const after = await cursorAt(resource, key, variables, offset);
    if (after === null)
      return { data: [], total: (await page(resource, variables, 1, undefined, true)).totalCount };
    const rows: T[] = [];
    let cursor = after;
    let total = 0;
    while (rows.length < perPage) {
      const result = await page<T>(resource, variables, Math.min(MAX_PAGE, perPage - rows.length), cursor);
      total = result.totalCount;
      rows.push(...(result.nodes ?? []));
      if (result.pageInfo.endCursor) cursors.get(key)?.set(offset + rows.length, result.pageInfo.endCursor);
      if (!result.pageInfo.hasNextPage || !result.pageInfo.endCursor) break;
      cursor = result.pageInfo.endCursor;
    }
    return { data: rows.map((row) => withId(resource, row)) as (T & { id: Identifier })[], total };
  }

  /** Members carry the person's name as `name`, for react-admin's record representation. */
  function withId<T>(resource: DirectoryResource, row: T): T {
    if (resource === 'members') {
      const member = row as unknown as MemberRecord;
      return { ...member, name: member.person.name } as T;
    }
    return row;
  }

  async function one<T>(query: string, field: string, id: Identifier): Promise<T> {
    const answer = await request<Record<string, T | null>>(query, { id: String(id) });
    const found = answer[field];
    if (!found) throw new ApiError('NOT_FOUND', { id });
    return found;
  }

  async function getOne(resource: DirectoryResource, id: Identifier): Promise<{ id: Identifier }> {
    switch (resource) {
      case 'members':
        return withId(
          resource,
          await one<MemberWithHistory>(
            `query Membership($id: ID!) { membership(id: $id) { ${HISTORY_FIELDS} } }`,
            'membership',
            id,
          ),
        );
      case 'adhoc-bodies':
        return one<BodyRecord>(
          `query AdhocBody($id: ID!) { adhocBody(id: $id) { ${BODY_PAGE_FIELDS} memberCounts { status count } } }`,
          'adhocBody',
          id,
        );
      case 'declarations':
        return one<DeclarationRecord>(
          `query ConflictDeclaration($id: ID!) { conflictDeclaration(id: $id) { ${DECLARATION_FIELDS} } }`,
          'conflictDeclaration',
          id,
        );
      case 'users':
        return one<UserRecord>(`query User($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, 'user', id);
      case 'member-imports':
        return one<MemberImportRecord>(
          `query MemberImport($id: ID!) { memberImport(id: $id) { ${IMPORT_FIELDS} } }`,
          'memberImport',
          id,
        );
    }
  }

  async function mutate<T>(query: string, field: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await request<Record<string, T>>(query, variables, { mutation: true });
    const result = answer[field];
    if (!result) throw new ApiError('BAD_RESPONSE');
    return result;
  }

  async function create(
    resource: DirectoryResource,
    data: Record<string, unknown>,
  ): Promise<{ id: Identifier }> {
    if (resource === 'declarations') {
      return mutate<DeclarationRecord>(
        `mutation DeclareConflict($input: DeclareConflictInput!) { declareConflict(input: $input) { ${DECLARATION_FIELDS} } }`,
        'declareConflict',
        { input: declarationInput(data) },
      );
    }
    if (resource === 'users') {
      const { username, displayName, role, commissionId, password, personId } = data;
      return mutate<UserRecord>(
        `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`,
        'createUser',
        { input: compact({ username, displayName, role, commissionId, password, personId }) },
      );
    }
    if (resource === 'adhoc-bodies') {
      const { type, name, regionCode, tpsNumber, commissionId } = data;
      return mutate<BodyRecord>(
        `mutation CreateAdhocBody($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) { ${BODY_PAGE_FIELDS} } }`,
        'createAdhocBody',
        {
          input: compact({
            type,
            name: typeof name === 'string' ? name.trim() : name,
            regionCode,
            commissionId,
            // Only a KPPS or Pantarlih has a polling station.
            tpsNumber: type === 'kpps' || type === 'pantarlih' ? Number(tpsNumber) || undefined : undefined,
          }),
        },
      );
    }
    throw new ApiError('NOT_SUPPORTED', { resource });
  }

  /** Changes name the version last read (`expectedVersion`): a stale one is refused with CONFLICT. */
  async function update(
    resource: DirectoryResource,
    id: Identifier,
    data: Record<string, unknown>,
    previous: Record<string, unknown> | undefined,
  ): Promise<{ id: Identifier }> {
    const expectedVersion = Number(previous?.version ?? data.version);
    if (resource === 'declarations') {
      const input = declarationInput({ ...previous, ...data });
      const { relativeName, relativePersonId, relation, relativeRole, declaredAt } = input;
      return mutate<DeclarationRecord>(
        `mutation UpdateConflictDeclaration($id: ID!, $expectedVersion: Int!, $changes: ConflictDeclarationChanges!) {
          updateConflictDeclaration(id: $id, expectedVersion: $expectedVersion, changes: $changes) { ${DECLARATION_FIELDS} } }`,
        'updateConflictDeclaration',
        {
          id: String(id),
          expectedVersion,
          changes: {
            relativeName,
            relativePersonId: relativePersonId ?? null,
            relation,
            relativeRole,
            declaredAt,
          },
        },
      );
    }
    if (resource === 'adhoc-bodies') {
      return mutate<BodyRecord>(
        `mutation UpdateAdhocBody($id: ID!, $expectedVersion: Int!, $name: String!) {
          updateAdhocBody(id: $id, expectedVersion: $expectedVersion, name: $name) { ${BODY_PAGE_FIELDS} } }`,
        'updateAdhocBody',
        { id: String(id), expectedVersion, name: String(data.name ?? '').trim() },
      );
    }
    if (resource === 'users') {
      const changes = {
        displayName: data.displayName,
        role: data.role,
        commissionId: data.commissionId,
        active: data.active,
        personId: typeof data.personId === 'string' ? data.personId.trim() : undefined,
      };
      return mutate<UserRecord>(
        `mutation UpdateUser($id: ID!, $expectedVersion: Int!, $displayName: String, $role: Role, $commissionId: ID, $active: Boolean, $personId: ID) {
          updateUser(id: $id, expectedVersion: $expectedVersion, displayName: $displayName, role: $role, commissionId: $commissionId, active: $active, personId: $personId) { ${USER_FIELDS} } }`,
        'updateUser',
        {
          id: String(id),
          expectedVersion,
          ...compact(changes),
          ...(typeof data.active === 'boolean' ? { active: data.active } : {}),
        },
      );
    }
    throw new ApiError('NOT_SUPPORTED', { resource });
  }

  const authorised = (): Record<string, string> => {
    const token = fileOptions.getToken?.();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
  const doFetch = fileOptions.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const methods = {
    /** `regions(parentCode)` (provinces without one), with child and body counts: one level of the tree. */
    async regionChildren(parentCode?: string): Promise<RegionNode[]> {
      const { regions } = await request<{ regions: Omit<RegionNode, 'id'>[] }>(
        `query RegionChildren($parentCode: ID) { regions(parentCode: $parentCode) { ${REGION_FIELDS} } }`,
        parentCode ? { parentCode } : {},
      );
      return regions.map((region) => ({ ...region, id: region.code }));
    },

    /** The accounts of a commission with the person behind each, by username. */
    async staffPersons(commissionId: string): Promise<readonly StaffPerson[]> {
      const { staffPersons } = await request<{ staffPersons: StaffPerson[] }>(
        `query StaffPersons($commissionId: ID!) { staffPersons(commissionId: $commissionId) {
          userId username displayName role active personId name sex version } }`,
        { commissionId },
      );
      return staffPersons;
    },

    /** Gives an account without a person record a new one (NIK checked by the API). */
    async giveUserPerson(
      user: Pick<StaffPerson, 'userId' | 'version'>,
      person: NewStaffPerson,
    ): Promise<UserRecord> {
      return mutate<UserRecord>(
        `mutation GiveUserPerson($userId: ID!, $expectedVersion: Int!, $person: NewStaffPersonInput) {
          giveUserPerson(userId: $userId, expectedVersion: $expectedVersion, person: $person) { ${USER_FIELDS} } }`,
        'giveUserPerson',
        {
          userId: user.userId,
          expectedVersion: user.version,
          person: compact({ nik: person.nik.trim(), name: person.name.trim(), sex: person.sex }),
        },
      );
    },

    /** One year of days off (built-in and corrected) and the built-in days removed; national admin. */
    async holidays(year: number): Promise<HolidayYear | undefined> {
      const { holidays } = await request<{ holidays: HolidayYear[] }>(
        `query Holidays($year: Int) { holidays(year: $year) { year decree confidence removedDates
          holidays { date kind name { id en } origin source } } }`,
        { year },
      );
      return holidays.find((found) => found.year === year);
    },

    async addHoliday(input: NewHoliday): Promise<HolidayChange> {
      return mutate<HolidayChange>(
        `mutation AddHoliday($input: AddHolidayInput!) { addHoliday(input: $input) { change date recomputedCases } }`,
        'addHoliday',
        { input: { ...input, nameId: input.nameId.trim(), nameEn: input.nameEn.trim() } },
      );
    },

    /** Removes a day off (a built-in one becomes a working day) or restores a removed built-in one. */
    async changeHoliday(change: 'remove' | 'restore', date: string): Promise<HolidayChange> {
      const field = change === 'remove' ? 'removeHoliday' : 'restoreHoliday';
      return mutate<HolidayChange>(
        `mutation ${change === 'remove' ? 'RemoveHoliday' : 'RestoreHoliday'}($date: String!) { ${field}(date: $date) { change date recomputedCases } }`,
        field,
        { date },
      );
    },

    /** Dissolves a body (refused while members hold seats); `dissolvedAt` is not in the future. */
    async dissolveAdhocBody(
      body: Pick<BodyRecord, 'id' | 'version'>,
      dissolvedAt: string,
      reason: string,
    ): Promise<BodyRecord> {
      return mutate<BodyRecord>(
        `mutation DissolveAdhocBody($id: ID!, $expectedVersion: Int!, $dissolvedAt: DateTimeISO!, $reason: String!) {
          dissolveAdhocBody(id: $id, expectedVersion: $expectedVersion, dissolvedAt: $dissolvedAt, reason: $reason) { ${BODY_PAGE_FIELDS} } }`,
        'dissolveAdhocBody',
        { id: body.id, expectedVersion: body.version, dissolvedAt, reason: reason.trim() },
      );
    },

    async publishDeclaration(
      declaration: Pick<DeclarationRecord, 'id' | 'version'>,
      published: boolean,
      publishedUrl?: string | null,
    ): Promise<DeclarationRecord> {
      return mutate<DeclarationRecord>(
        `mutation PublishConflictDeclaration($id: ID!, $expectedVersion: Int!, $published: Boolean!, $publishedUrl: String) {
          publishConflictDeclaration(id: $id, expectedVersion: $expectedVersion, published: $published, publishedUrl: $publishedUrl) { ${DECLARATION_FIELDS} } }`,
        'publishConflictDeclaration',
        {
          id: declaration.id,
          expectedVersion: declaration.version,
          published,
          ...(publishedUrl !== undefined ? { publishedUrl: publishedUrl?.trim() || null } : {}),
        },
      );
    },

    async withdrawDeclaration(
      declaration: Pick<DeclarationRecord, 'id' | 'version'>,
      reason: string,
    ): Promise<DeclarationRecord> {
      return mutate<DeclarationRecord>(
        `mutation WithdrawConflictDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {
          withdrawConflictDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ${DECLARATION_FIELDS} } }`,
        'withdrawConflictDeclaration',
        { id: declaration.id, expectedVersion: declaration.version, reason: reason.trim() },
      );
    },

    /** The office's own act on a membership (end, transfer, oath, pact); the membership it leaves. */
    async membershipAct(act: MembershipAct): Promise<{ id: string }> {
      const { kind, ...variables } = act;
      const [signature, call] = MEMBERSHIP_ACT_CALLS[kind];
      return mutate<{ id: string }>(
        `mutation MembershipAct(${signature}) { ${kind}(${call}) { id status } }`,
        kind,
        variables,
      );
    },

    async resetUserPassword(
      user: Pick<UserRecord, 'id' | 'version'>,
      newPassword: string,
    ): Promise<UserRecord> {
      return mutate<UserRecord>(
        `mutation ResetUserPassword($id: ID!, $expectedVersion: Int!, $newPassword: String!) {
          resetUserPassword(id: $id, expectedVersion: $expectedVersion, newPassword: $newPassword) { ${USER_FIELDS} } }`,
        'resetUserPassword',
        { id: user.id, expectedVersion: user.version, newPassword },
      );
    },

    /** One page of an import's refused lines, walked by cursor (the errors connection has no totalCount per page). */
    async memberImportErrors(
      id: string,
      pageNumber: number,
      perPage: number,
    ): Promise<MemberImportErrorsPage> {
      let after: string | undefined;
      for (let skipped = 0; skipped < (pageNumber - 1) * perPage;) {
        const step = Math.min(MAX_PAGE, (pageNumber - 1) * perPage - skipped);
        const { memberImport } = await request<{
          memberImport: { errors: Connection<never> } | null;
        }>(
          `query MemberImportErrorCursors($id: ID!, $first: Int, $after: String) { memberImport(id: $id) { errors(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } } } }`,
          { id, first: step, ...(after ? { after } : {}) },
        );
        const cursor = memberImport?.errors.pageInfo.endCursor;
        if (!memberImport || !cursor) return { totalCount: memberImport?.errors.totalCount ?? 0, nodes: [] };
        after = cursor;
        skipped += step;
      }
      const { memberImport } = await request<{
        memberImport: { errors: Connection<MemberImportErrorsPage['nodes'][number]> } | null;
      }>(
        `query MemberImportErrors($id: ID!, $first: Int, $after: String) { memberImport(id: $id) { errors(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { line code field message } } } }`,
        { id, first: Math.min(MAX_PAGE, perPage), ...(after ? { after } : {}) },
      );
      if (!memberImport) throw new ApiError('NOT_FOUND', { id });
      return { totalCount: memberImport.errors.totalCount, nodes: memberImport.errors.nodes ?? [] };
    },

    async cancelMemberImport(id: string): Promise<MemberImportRecord> {
      return mutate<MemberImportRecord>(
        `mutation CancelMemberImport($id: ID!) { cancelMemberImport(id: $id) { ${IMPORT_FIELDS} } }`,
        'cancelMemberImport',
        { id },
      );
    },

    /**
     * POST /files/member-imports?commissionId=… (multipart, one `file` part), or /files/body-imports for a
     * CSV of ad hoc bodies; 202 with the queued import.
     */
    async uploadMemberImport(
      commissionId: string,
      file: File,
      kind: 'members' | 'bodies' = 'members',
    ): Promise<QueuedMemberImport> {
      const form = new FormData();
      form.append('file', file, file.name);
      let response: Response;
      try {
        response = await doFetch(
          `${fileOptions.baseUrl ?? ''}/files/${kind === 'bodies' ? 'body-imports' : 'member-imports'}?commissionId=${encodeURIComponent(commissionId)}`,
          { method: 'POST', headers: { Accept: 'application/json', ...authorised() }, body: form },
        );
      } catch {
        throw new ApiError('NETWORK_ERROR');
      }
      let body: (Partial<QueuedMemberImport> & { errors?: GraphQLErrorBody[] }) | undefined;
      try {
        body = (await response.json()) as typeof body;
      } catch {
        body = undefined;
      }
      if (!response.ok) {
        throw (
          apiErrorOf(body, response.status) ??
          new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_RESPONSE')
        );
      }
      if (!body?.memberImport?.id) throw new ApiError('BAD_RESPONSE');
      return { memberImport: body.memberImport, ignoredColumns: body.ignoredColumns ?? [] };
    },
  };

  return {
    getList,
    getOne,
    async getMany(resource: DirectoryResource, ids: readonly Identifier[]) {
      // No connection takes ids: read them one by one (getMany asks for a page's references, a few ids).
      const found = await Promise.all(
        [...new Set(ids.map(String))].map((id) =>
          getOne(resource, id).catch((error: unknown) => {
            if (error instanceof ApiError && error.code === 'NOT_FOUND') return undefined;
            throw error;
          }),
        ),
      );
      return found.filter((row): row is { id: Identifier } => row !== undefined);
    },
    create,
    update,
    methods,
  };
}

export type DirectoryMethods = ReturnType<typeof createDirectoryProvider>['methods'];

function declarationInput(data: Record<string, unknown>): DeclareConflictInput {
  const declaredAt = data.declaredAt
    ? new Date(String(data.declaredAt)).toISOString()
    : new Date().toISOString();
  const publishedUrl = typeof data.publishedUrl === 'string' ? data.publishedUrl.trim() : '';
  // A commissioner or staff member declares by their person, an ad hoc member by their seat.
  const declarer =
    typeof data.personId === 'string' && data.personId
      ? { personId: data.personId }
      : { membershipId: String(data.membershipId ?? '') };
  return {
    ...declarer,
    ...(typeof data.electionId === 'string' && data.electionId ? { electionId: data.electionId } : {}),
    relativeName: String(data.relativeName ?? '').trim(),
    relativePersonId:
      typeof data.relativePersonId === 'string' && data.relativePersonId.trim()
        ? data.relativePersonId.trim()
        : null,
    relation: data.relation as DeclareConflictInput['relation'],
    relativeRole: data.relativeRole as DeclareConflictInput['relativeRole'],
    declaredAt,
    published: data.published === true,
    ...(publishedUrl ? { publishedUrl } : {}),
  };
}
