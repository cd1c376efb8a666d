import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EthicsCaseView } from '../ethics-cases/ethics-case.type.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import { EvidenceKindEnum, RoleEnum } from '../shared/graphql-enums.js';
import type { EvidenceFile } from './evidence.entity.js';
import { listVisibleEvidence } from './evidence.service.js';

@ObjectType('EvidenceFile', {
  description:
    'A file submitted as evidence. Upload with POST /files/evidence?caseId=…, download from downloadPath; both with your bearer token.',
})
export class EvidenceFileType {
  @Field(() => ID) id: string;
  @Field(() => EvidenceKindEnum) kind: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String) fileName: string;
  @Field(() => String) mediaType: string;
  @Field(() => Int, { description: 'Bytes.' }) size: number;
  @Field(() => String, { description: 'Hex SHA-256 of the file.' }) sha256: string;
  @Field(() => ID, { description: 'The user who uploaded it.' }) uploadedBy: string;
  @Field(() => RoleEnum) uploadedByRole: string;
  @Field(() => DateTimeScalar) uploadedAt: Date;
  @Field(() => Boolean, {
    description:
      'Listed and downloadable only by those who may see a confidential complainant’s identity (identity documents, and by default every file of a confidential complainant’s case).',
  })
  confidential: boolean;
  @Field(() => String) downloadPath: string;

  static from(evidence: EvidenceFile): EvidenceFileType {
    return Object.assign(new EvidenceFileType(), {
      id: evidence.id,
      kind: evidence.kind,
      description: evidence.description ?? null,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      size: evidence.size,
      sha256: evidence.sha256,
      uploadedBy: evidence.uploadedBy,
      uploadedByRole: evidence.uploadedByRole,
      uploadedAt: evidence.uploadedAt,
      confidential: evidence.confidential,
      downloadPath: `/files/evidence/${evidence.id}`,
    });
  }
}

@Resolver(() => EthicsCaseView)
export class EvidenceResolver {
  @FieldResolver(() => [EvidenceFileType], {
    description:
      'Files submitted as evidence, oldest first; a confidential file only for those who may see a confidential complainant’s identity.',
    // A query per case.
    complexity: 10,
  })
  async evidence(@Root() view: EthicsCaseView, @Ctx() ctx: Context): Promise<EvidenceFileType[]> {
    const files = await listVisibleEvidence(ctx, view.record);
    return files.map((file) => EvidenceFileType.from(file));
  }
}
