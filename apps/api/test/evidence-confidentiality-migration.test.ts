// The EvidenceConfidentiality migration marks the files already on a confidential complainant's case, so
// that an ID card uploaded before the mark existed is not left open to every role that sees the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../src/db/orm.js';
import { createTestDatabase, usesPostgres } from './test-server.js';

let orm: Orm;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  orm = await initOrm(created.db);
  await orm.getMigrator().up({ to: 'Migration20261201031000SharedState' });
  const sql = orm.em.getConnection();
  const at = usesPostgres ? new Date('2024-04-01T00:00:00Z') : Date.parse('2024-04-01T00:00:00Z');
  await sql.execute(
    `insert into commission (id, level, name, path) values ('kpu-35.26', 'regency', 'KPU Bangkalan', '/kpu-ri/kpu-35/kpu-35.26/')`,
  );
  // Closed cases with an empty document: the later migrations that recount open cases' deadlines skip them.
  for (const [caseId, confidential] of [
    ['c-confidential', true],
    ['c-open', false],
  ] as const) {
    await sql.execute(
      `insert into ethics_case (id, commission_id, commission_path, rule_set_code, status, track, source, received_at, confidential, updated_at, data)
       values (?, 'kpu-35.26', '/kpu-ri/kpu-35/kpu-35.26/', 'KPT-337-2020', 'closed', 'regular', 'publicComplaint', ?, ?, ?, '{}')`,
      [caseId, at, usesPostgres ? confidential : Number(confidential), at],
    );
    await sql.execute(
      `insert into evidence (id, ethics_case_id, kind, file_name, media_type, size, sha256, uploaded_by, uploaded_by_role, uploaded_at)
       values (?, ?, 'document', 'ktp.pdf', 'application/pdf', 10, ?, 'u-1', 'officer', ?)`,
      [`e-${caseId}`, caseId, 'a'.repeat(64), at],
    );
  }
  await orm.getMigrator().up();
});
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe(`the EvidenceConfidentiality migration (${usesPostgres ? 'postgresql' : 'sqlite'})`, () => {
  it('marks the files of confidential complainants’ cases, and only those', async () => {
    const rows = await orm.em
      .getConnection()
      .execute<{ id: string; confidential: unknown }[]>('select id, confidential from evidence order by id');
    expect(
      rows.map((row: { id: string; confidential: unknown }) => ({
        id: row.id,
        confidential: Boolean(row.confidential),
      })),
    ).toEqual([
      { id: 'e-c-confidential', confidential: true },
      { id: 'e-c-open', confidential: false },
    ]);
  });
});
