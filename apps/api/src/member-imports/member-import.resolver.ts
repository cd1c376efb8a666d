import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Result } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import { CommissionType } from '../commissions/commission.type.js';
import type { Context } from '../context.js';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { toGraphQLError, type CodedError } from '../errors/to-graphql-error.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { graphQLEnum } from '../shared/graphql-enums.js';
import {
  IMPORT_KINDS,
  MEMBER_IMPORT_STATUSES,
  type ImportKind,
  type MemberImport,
} from './member-import.entity.js';
import {
  cancelImport,
  findVisibleImport,
  IMPORT_READ_ROLES,
  IMPORT_WRITE_ROLES,
  listImportErrors,
  listImports,
  importRole,
} from './member-import.service.js';

export const MemberImportStatusEnum = graphQLEnum('MemberImportStatus', MEMBER_IMPORT_STATUSES);
export const ImportKindEnum = graphQLEnum(
  'ImportKind',
  IMPORT_KINDS,
  'What an import file holds: members of existing bodies, or ad hoc bodies to form.',
);

/** A service's refusal as the GraphQL error the client sees (messages for the codes only this file raises). */
function orThrow<T>(result: Result<T, CodedError>): T {
  if (result.ok) return result.value;
  const { error } = result;
  if (error.code === 'BAD_USER_INPUT' && error.reason === 'INVALID_CURSOR')
    throw toGraphQLError(error, 'Invalid cursor.');
  if (error.code === 'BAD_USER_INPUT' && error.reason === 'OUT_OF_RANGE')
    throw toGraphQLError(error, `first must be between 1 and ${String(error.max)}.`);
  throw toGraphQLError(error);
}

@ObjectType('MemberImportError', { description: 'One problem of one row of an import file.' })
export class MemberImportErrorType {
  @Field(() => Int, { description: 'Line of the file the row starts on (1 is the header).' }) line: number;
  @Field(() => String, { description: 'Stable code, e.g. INVALID_NIK; labels: labels(kind: "message").' })
  code: string;
  @Field(() => String, { nullable: true, description: 'The CSV column concerned, e.g. nik.' })
  field?: string | null;
  @Field(() => String, { description: 'English text; translate by code.' }) message: string;
}

@ObjectType('MemberImportErrorConnection')
export class MemberImportErrorConnectionType {
  @Field(() => [MemberImportErrorType]) nodes: MemberImportErrorType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int, { description: 'Problems found so far (a row may have several).' }) totalCount: number;
}

@ObjectType('MemberImport', {
  description:
    'A CSV being imported: members (POST /files/member-imports?commissionId=…) or ad hoc bodies ' +
    '(POST /files/body-imports?commissionId=…); poll this for progress.',
})
export class MemberImportType {
  @Field(() => ID) id: string;
  @Field(() => ImportKindEnum) kind: ImportKind;
  @Field(() => CommissionType) commission: CommissionType;
  @Field(() => MemberImportStatusEnum) status: string;
  @Field(() => String) fileName: string;
  @Field(() => String, { description: 'Hex SHA-256 of the file.' }) fileSha256: string;
  @Field(() => Int, { description: 'Bytes.' }) fileSize: number;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file, counted at upload.' })
  totalRows?: number | null;
  @Field(() => Int) processedRows: number;
  @Field(() => Int, { description: 'Rows that created a membership (a body, for a body import).' })
  importedRows: number;
  @Field(() => Int, { description: 'Rows that changed a person or a membership on record.' })
  updatedRows: number;
  @Field(() => Int, {
    description: 'Rows already on record as the file says (a body already serving the spot, for bodies).',
  })
  unchangedRows: number;
  @Field(() => Int, { description: 'Rows refused; see errors.' }) rejectedRows: number;
  @Field(() => Float, { description: 'processedRows / totalRows, 0 to 1.' }) progress: number;
  @Field(() => Int, { description: 'The file is committed up to this line (1: nothing yet).' })
  lastCommittedLine: number;
  @Field(() => Int) batchSize: number;
  @Field(() => Int, { description: 'Batches that failed in a row (not bad rows: the database, the disk).' })
  failedAttempts: number;
  @Field(() => ID, { description: 'The user who uploaded it.' }) createdBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt?: Date | null;

  static from(row: MemberImport): MemberImportType {
    return Object.assign(new MemberImportType(), {
      id: row.id,
      kind: row.kind,
      commission: CommissionType.from(row.commission),
      status: row.status,
      fileName: row.fileName,
      fileSha256: row.fileSha256,
      fileSize: row.fileSize,
      totalRows: row.totalRows ?? null,
      processedRows: row.processedRows,
      importedRows: row.importedRows,
      updatedRows: row.updatedRows,
      unchangedRows: row.unchangedRows,
      rejectedRows: row.rejectedRows,
      progress: row.totalRows
        ? Math.min(1, row.processedRows / row.totalRows)
        : row.status === 'completed'
          ? 1
          : 0,
      lastCommittedLine: row.lastCommittedLine,
      batchSize: row.batchSize,
      failedAttempts: row.failedAttempts,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      startedAt: row.startedAt ?? null,
      finishedAt: row.finishedAt ?? null,
    });
  }
}

@ObjectType('MemberImportConnection')
export class MemberImportConnectionType {
  @Field(() => [MemberImportType]) nodes: MemberImportType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}

@Resolver(() => MemberImportType)
export class MemberImportResolver {
  @Query(() => MemberImportType, {
    nullable: true,
    description: 'An import (of members or of bodies) in your jurisdiction, or null.',
  })
  async memberImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MemberImportType | null> {
    const user = orThrow(importRole(requireUser(ctx.user), IMPORT_READ_ROLES));
    const row = await findVisibleImport(ctx.em, user, id);
    return row ? MemberImportType.from(row) : null;
  }

  @Query(() => MemberImportConnectionType, {
    description: 'Imports in your jurisdiction (of members and of bodies, or of one kind), newest first.',
  })
  async memberImports(
    @Arg('first', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | undefined,
    @Arg('commissionId', () => ID, { nullable: true }) commissionId: string | undefined,
    @Arg('kind', () => ImportKindEnum, { nullable: true, description: 'Only imports of this kind.' })
    kind: ImportKind | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberImportConnectionType> {
    const user = orThrow(importRole(requireUser(ctx.user), IMPORT_READ_ROLES));
    const page = orThrow(
      await listImports(ctx, user, {
        first,
        after: after ?? undefined,
        commissionId: commissionId ?? undefined,
        kind: kind ?? undefined,
      }),
    );
    return {
      nodes: page.nodes.map((row) => MemberImportType.from(row)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @FieldResolver(() => MemberImportErrorConnectionType, {
    description: 'The problems of refused rows, by line.',
    // A query per import.
    complexity: 10,
  })
  async errors(
    @Root() memberImport: MemberImportType,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberImportErrorConnectionType> {
    const page = orThrow(
      await listImportErrors(ctx.em, memberImport.id, { first, after: after ?? undefined }),
    );
    return {
      nodes: page.nodes.map((row) => ({
        line: row.line,
        code: row.code,
        field: row.field ?? null,
        message: row.message,
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => MemberImportType, {
    description: 'Stops an import: a queued one never starts, a running one stops at its next batch.',
  })
  async cancelMemberImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MemberImportType> {
    orThrow(importRole(requireUser(ctx.user), IMPORT_WRITE_ROLES));
    return MemberImportType.from(orThrow(await cancelImport(ctx, id)));
  }
}
