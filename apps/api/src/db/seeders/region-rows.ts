// The real administrative regions (idn-area-data, as planned by scale-plan.ts) and their commissions, as
// bulk rows: KPU RI, a KPU Provinsi per province and a KPU Kabupaten/Kota per regency or city — KIP in
// Aceh (province code 11). Both seeds write them this way, the demo for the whole country.
import type { Orm } from '../orm.js';
import { BulkWriter } from './bulk-writer.js';
import { planScale, type ProvincePlan, type RegencyPlan } from './scale-plan.js';
import { commissionIdOf } from './scale-world.js';

export const REGION_COLUMNS = ['code', 'level', 'name', 'parent_code'] as const;
export const COMMISSION_COLUMNS = ['id', 'level', 'name', 'region_code', 'parent_id', 'path'] as const;

export const NATIONAL_COMMISSION = { id: 'kpu-ri', path: '/kpu-ri/' } as const;

const isAceh = (regionCode: string): boolean => commissionIdOf(regionCode).startsWith('kip');

export const provincialCommissionName = (province: ProvincePlan): string =>
  isAceh(province.code) ? 'Komisi Independen Pemilihan Aceh' : `KPU Provinsi ${province.name}`;

export const regencyCommissionName = (regency: { code: string; name: string }): string =>
  `${isAceh(regency.code) ? 'KIP' : 'KPU'} ${regency.name}`;

export const regencyCommissionPath = (regency: RegencyPlan): string =>
  `${NATIONAL_COMMISSION.path}${commissionIdOf(regency.provinceCode)}/${commissionIdOf(regency.code)}/`;

/**
 * Adds the regions of the given provinces and regencies (with their kecamatan and villages) and their
 * commissions to `writer`, parents first. The caller declares nothing and flushes when it likes.
 */
export function addRegionsAndCommissions(
  writer: BulkWriter,
  provinces: readonly ProvincePlan[],
  regencies: readonly RegencyPlan[],
): void {
  writer.declare('region', REGION_COLUMNS);
  writer.declare('commission', COMMISSION_COLUMNS);
  writer.add('commission', COMMISSION_COLUMNS, [
    NATIONAL_COMMISSION.id,
    'national',
    'Komisi Pemilihan Umum Republik Indonesia',
    null,
    null,
    NATIONAL_COMMISSION.path,
  ]);
  for (const province of provinces) {
    const id = commissionIdOf(province.code);
    writer.add('region', REGION_COLUMNS, [province.code, 'province', province.name, null]);
    writer.add('commission', COMMISSION_COLUMNS, [
      id,
      'provincial',
      provincialCommissionName(province),
      province.code,
      NATIONAL_COMMISSION.id,
      `${NATIONAL_COMMISSION.path}${id}/`,
    ]);
  }
  for (const regency of regencies) {
    writer.add('region', REGION_COLUMNS, [regency.code, 'regency', regency.name, regency.provinceCode]);
    for (const district of regency.districts) {
      writer.add('region', REGION_COLUMNS, [district.code, 'district', district.name, regency.code]);
      for (const village of district.villages)
        writer.add('region', REGION_COLUMNS, [village.code, 'village', village.name, district.code]);
    }
    writer.add('commission', COMMISSION_COLUMNS, [
      commissionIdOf(regency.code),
      'regency',
      regencyCommissionName(regency),
      regency.code,
      commissionIdOf(regency.provinceCode),
      regencyCommissionPath(regency),
    ]);
  }
}

/**
 * Every region of idn-area-data (38 provinces, 514 regencies and cities, their kecamatan and villages)
 * and every commission, in one transaction, into a database that has none yet.
 */
export async function seedAllRegions(orm: Orm): Promise<{ regions: number; commissions: number }> {
  const plan = await planScale({ scale: 'national' });
  const writer = await BulkWriter.open(orm);
  try {
    await writer.begin();
    addRegionsAndCommissions(writer, plan.provinces, plan.regencies);
    await writer.flush();
    await writer.commit();
  } catch (error) {
    await writer.rollback();
    throw error;
  } finally {
    await writer.release();
  }
  return {
    regions: plan.provinces.length + plan.totals.regencies + plan.totals.districts + plan.totals.villages,
    commissions: 1 + plan.provinces.length + plan.totals.regencies,
  };
}
