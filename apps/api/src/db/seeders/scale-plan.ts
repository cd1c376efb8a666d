// What a scale seed contains, before any row is written: the real regions (idn-area-data), how many TPS
// (hence KPPS bodies) each village has and how many cases each regency gets. Deterministic from the seed,
// and the same for every selection: a regency seeded alone gets exactly the TPS and case count it gets in
// the national seed.
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { createPrng } from '../../shared/prng.js';

/** Pemilu 2024: 820,161 domestic TPS (regulation.md §6), one KPPS each. */
export const NATIONAL_TPS = 820_161;
export const NATIONAL_CASES = 100_000;
export const SCALE_SEED = 20240214;
/** Two demo regencies: a Jawa Timur regency and a city in Aceh, where the commission is a KIP. */
export const DEFAULT_SCALE_REGENCIES = ['35.26', '11.71'] as const;

export interface VillagePlan {
  readonly code: string;
  readonly name: string;
  readonly tps: number;
}
export interface DistrictPlan {
  readonly code: string;
  readonly name: string;
  readonly villages: readonly VillagePlan[];
}
export interface RegencyPlan {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly districts: readonly DistrictPlan[];
  readonly tps: number;
  readonly villages: number;
  readonly cases: number;
}
export interface ProvincePlan {
  readonly code: string;
  readonly name: string;
}
export interface ScalePlan {
  readonly provinces: readonly ProvincePlan[];
  readonly regencies: readonly RegencyPlan[];
  readonly totals: {
    readonly regencies: number;
    readonly districts: number;
    readonly villages: number;
    readonly tps: number;
    readonly cases: number;
    /** PPK 5+2 ranked candidates, PPS 3+1, KPPS 7. */
    readonly memberships: number;
  };
}

export const PPK_SEATS = 5;
export const PPK_RESERVES = 2;
export const PPS_SEATS = 3;
export const PPS_RESERVES = 1;
export const KPPS_SEATS = 7;

/**
 * Splits `total` over `weights` in proportion, by the largest remainders: the parts sum to `total` exactly,
 * ties go to the earlier index.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const quotas = weights.map((weight) => (weight / sum) * total);
  const parts = quotas.map(Math.floor);
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = quotas
    .map((quota, index) => ({ index, fraction: quota - Math.floor(quota) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

export interface PlanOptions {
  readonly scale: 'regency' | 'national';
  /** Regency scale: Kemendagri regency codes ("35.26"). Default: DEFAULT_SCALE_REGENCIES. */
  readonly regencies?: readonly string[];
  /** Total cases; default 100,000 nationally, and each regency's national share at regency scale. */
  readonly cases?: number;
  readonly seed?: number;
}

export async function planScale(options: PlanOptions): Promise<ScalePlan> {
  const seed = options.seed ?? SCALE_SEED;
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const byCode = <T extends { code: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const sortedVillages = byCode(villages);

  // TPS per village over the whole country: every village has at least one; the rest goes by a lognormal
  // weight, kelurahan (urban, code xx.xx.xx.1xxx) weighing about twice a desa.
  const prng = createPrng(seed);
  const weights = sortedVillages.map((village) => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
    const urban = village.code.charAt(9) === '1' ? 2.2 : 1;
    return urban * Math.exp(0.55 * gaussian);
  });
  const extra = apportion(weights, NATIONAL_TPS - sortedVillages.length);
  const tpsOf = new Map(sortedVillages.map((village, index) => [village.code, 1 + extra[index]!]));

  const villagesOf = new Map<string, VillagePlan[]>();
  for (const village of sortedVillages) {
    const list = villagesOf.get(village.district_code) ?? [];
    list.push({ code: village.code, name: village.name, tps: tpsOf.get(village.code)! });
    villagesOf.set(village.district_code, list);
  }
  const districtsOf = new Map<string, DistrictPlan[]>();
  for (const district of byCode(districts)) {
    const list = districtsOf.get(district.regency_code) ?? [];
    list.push({ code: district.code, name: district.name, villages: villagesOf.get(district.code) ?? [] });
    districtsOf.set(district.regency_code, list);
  }
  const allRegencies = byCode(regencies).map((regency) => {
    const own = districtsOf.get(regency.code) ?? [];
    return {
      code: regency.code,
      name: regency.name,
      provinceCode: regency.province_code,
      districts: own,
      tps: own.reduce((acc, d) => acc + d.villages.reduce((sum, v) => sum + v.tps, 0), 0),
      villages: own.reduce((acc, d) => acc + d.villages.length, 0),
    };
  });

  // Cases go to regencies in proportion to their TPS.
  const nationalCases = apportion(
    allRegencies.map((regency) => regency.tps),
    options.scale === 'national' ? (options.cases ?? NATIONAL_CASES) : NATIONAL_CASES,
  );
  let chosen = allRegencies.map((regency, index) => ({ ...regency, cases: nationalCases[index]! }));
  if (options.scale === 'regency') {
    const wanted = options.regencies?.length ? options.regencies : DEFAULT_SCALE_REGENCIES;
    const unknown = wanted.filter((code) => !chosen.some((regency) => regency.code === code));
    if (unknown.length > 0) throw new Error(`Unknown regency code(s): ${unknown.join(', ')}`);
    chosen = chosen.filter((regency) => wanted.includes(regency.code));
    if (options.cases !== undefined) {
      const share = apportion(
        chosen.map((regency) => regency.tps),
        options.cases,
      );
      chosen = chosen.map((regency, index) => ({ ...regency, cases: share[index]! }));
    }
  }
  const provinceCodes = new Set(chosen.map((regency) => regency.provinceCode));
  const districtCount = chosen.reduce((acc, r) => acc + r.districts.length, 0);
  const villageCount = chosen.reduce((acc, r) => acc + r.villages, 0);
  const tps = chosen.reduce((acc, r) => acc + r.tps, 0);
  return {
    provinces: byCode(provinces)
      .filter((province) => provinceCodes.has(province.code))
      .map((province) => ({ code: province.code, name: province.name })),
    regencies: chosen,
    totals: {
      regencies: chosen.length,
      districts: districtCount,
      villages: villageCount,
      tps,
      cases: chosen.reduce((acc, r) => acc + r.cases, 0),
      memberships:
        districtCount * (PPK_SEATS + PPK_RESERVES) +
        villageCount * (PPS_SEATS + PPS_RESERVES) +
        tps * KPPS_SEATS,
    },
  };
}
