// The demo data a fresh start gives: the whole country's regions and commissions, demo bodies in three regencies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ withCases: false });
});
afterAll(async () => {
  await t?.stop();
});

const regions = async (parentCode?: string, level?: string) => {
  const result = await t.gql<{ regions: { code: string; name: string; level: string }[] }>(
    'query ($p: ID, $l: RegionLevel) { regions(parentCode: $p, level: $l) { code name level } }',
    { p: parentCode ?? null, l: level ?? null },
    { token: await t.login('admin.ri') },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.regions;
};

describe('demo data', () => {
  it('holds every province of idn-area-data', async () => {
    const provinces = await regions();
    expect(provinces).toHaveLength(38);
    expect(provinces.map((region) => region.code)).toContain('92'); // Papua Barat Daya, the newest
  });

  it('holds the regencies, kecamatan and villages of a regency the demo has no cases in', async () => {
    const jawaTimur = await regions('35');
    expect(jawaTimur).toHaveLength(38);
    const surabaya = jawaTimur.find((region) => region.code === '35.78')!;
    expect(surabaya).toMatchObject({ level: 'regency', name: expect.stringMatching(/surabaya/i) });
    const kecamatan = await regions('35.78');
    expect(kecamatan.length).toBeGreaterThan(20);
    expect((await regions(kecamatan[0]!.code)).length).toBeGreaterThan(0);
  });

  it('gives KPU RI, every province and every regency or city a commission, KIP in Aceh', async () => {
    const result = await t.gql<{ commissions: { id: string; level: string; name: string }[] }>(
      '{ commissions { id level name } }',
      {},
      { token: await t.login('admin.ri') },
    );
    expect(result.errors).toBeUndefined();
    const commissions = result.data!.commissions;
    const count = (level: string) => commissions.filter((commission) => commission.level === level).length;
    expect([count('national'), count('provincial'), count('regency')]).toEqual([1, 38, 514]);
    expect(commissions.find((commission) => commission.id === 'kip-11')?.name).toBe(
      'Komisi Independen Pemilihan Aceh',
    );
    expect(commissions.find((commission) => commission.id === 'kpu-35.78')?.name).toMatch(
      /^KPU Kota Surabaya$/i,
    );
  });

  it('shows a regency officer only their own commission', async () => {
    const result = await t.gql<{ commissions: { id: string }[] }>(
      '{ commissions { id } }',
      {},
      { token: await t.login('officer.35.26') },
    );
    expect(result.data!.commissions.map((commission) => commission.id)).toEqual(['kpu-35.26']);
  });
});
