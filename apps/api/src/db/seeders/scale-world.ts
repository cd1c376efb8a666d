// One regency's ad hoc bodies, members and commission staff, built in memory (a regency is at most a few
// tens of thousands of rows) so the cases seeded next can change the members' records before they are
// written. Deterministic: the regency's own PRNG, seeded from the seed and the regency code.
import type { BodyType, Position } from '@etik/domain';
import { AdhocBody, Membership, Person } from '../../adhoc-bodies/adhoc-body.entity.js';
import type { Commission } from '../../commissions/commission.entity.js';
import type { Region } from '../../regions/region.entity.js';
import { createPrng, type Prng } from '../../shared/prng.js';
import {
  KPPS_SEATS,
  PPK_RESERVES,
  PPK_SEATS,
  PPS_RESERVES,
  PPS_SEATS,
  type RegencyPlan,
} from './scale-plan.js';

const MALE = [
  'Ahmad',
  'Budi',
  'Agus',
  'Hasan',
  'Imam',
  'Fajar',
  'Rahmat',
  'Wahyu',
  'Slamet',
  'Joko',
  'Eko',
  'Dedi',
  'Hendra',
  'Rudi',
  'Andi',
  'Bambang',
  'Yusuf',
  'Arif',
  'Hadi',
  'Iwan',
  'Sutrisno',
  'Muhammad',
  'Rizky',
  'Dimas',
  'Heru',
  'Taufik',
  'Nanang',
  'Ilham',
  'Fikri',
  'Syahrul',
  'Zulkifli',
  'Herman',
  'Yohanes',
  'Made',
  'Ketut',
  'Gede',
  'Daniel',
  'Stevanus',
  'Lukman',
  'Saiful',
];
const FEMALE = [
  'Siti',
  'Dewi',
  'Rina',
  'Nur',
  'Lilis',
  'Yuni',
  'Fitri',
  'Umi',
  'Sri',
  'Ani',
  'Wulan',
  'Indah',
  'Ratna',
  'Yanti',
  'Lestari',
  'Rahmawati',
  'Nurul',
  'Putri',
  'Ayu',
  'Maya',
  'Novi',
  'Eka',
  'Dian',
  'Ika',
  'Kartini',
  'Susanti',
  'Mega',
  'Endang',
  'Nining',
  'Rosmala',
  'Halimah',
  'Maria',
  'Yosefina',
  'Komang',
  'Nyoman',
  'Aisyah',
  'Khadijah',
  'Zahra',
  'Nabila',
  'Sarah',
];
const FAMILY = [
  'Hidayat',
  'Aminah',
  'Santoso',
  'Lestari',
  'Salim',
  'Marlina',
  'Basri',
  'Hasanah',
  'Fauzi',
  'Rahman',
  'Syafii',
  'Wulandari',
  'Kurniawan',
  'Maulana',
  'Sari',
  'Iskandar',
  'Zainab',
  'Anwar',
  'Setiawan',
  'Saputra',
  'Purnomo',
  'Susilo',
  'Prasetyo',
  'Nugroho',
  'Wijaya',
  'Siregar',
  'Nasution',
  'Harahap',
  'Lubis',
  'Simanjuntak',
  'Sitompul',
  'Pane',
  'Tanjung',
  'Hakim',
  'Ramadhan',
  'Firmansyah',
  'Gunawan',
  'Suryadi',
  'Hartono',
  'Pratama',
  'Utami',
  'Handayani',
  'Permata',
  'Yulianti',
  'Mahmud',
  'Abdullah',
  'Usman',
  'Daud',
  'Tambunan',
  'Manurung',
  'Sembiring',
  'Ginting',
  'Tarigan',
  'Pohan',
  'Sinaga',
  'Rumbiak',
  'Wenda',
  'Kogoya',
  'Pattiasina',
  'Latuconsina',
];

export const firstNames = { male: MALE, female: FEMALE } as const;
export const familyNames = FAMILY;

/** 32-bit FNV-1a of a string: a stable per-regency PRNG seed. */
export function hashCode(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const regencyPrng = (seed: number, regencyCode: string): Prng =>
  createPrng((seed ^ hashCode(regencyCode)) >>> 0);

export const commissionIdOf = (regionCode: string): string =>
  `${regionCode.startsWith('11') ? 'kip' : 'kpu'}-${regionCode}`;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Dates of appointment: PPK and PPS for Pemilu 2024 (Jan 2023), KPPS a month before polling day. */
export const APPOINTED_AT: Record<Exclude<BodyType, 'pantarlih'>, string> = {
  ppk: '2023-01-02T02:00:00.000Z',
  pps: '2023-01-16T02:00:00.000Z',
  kpps: '2024-01-25T02:00:00.000Z',
};

export interface WorldBody {
  readonly body: AdhocBody;
  readonly members: Membership[];
}

export interface RegencyWorld {
  readonly plan: RegencyPlan;
  readonly commission: Commission;
  readonly bodies: WorldBody[];
  readonly bodiesByType: Record<'ppk' | 'pps' | 'kpps', WorldBody[]>;
  readonly persons: Person[];
  readonly membershipsById: Map<string, Membership>;
  /** Commission staff who sit on examination teams (users examiner1..3 of the regency). */
  readonly examiners: { personId: string; name: string }[];
  readonly prng: Prng;
}

/**
 * Person generator for one region: NIKs are `<kecamatan 6 digits><DD(+40 for women)MMYY><serial>`, the
 * serial counting per kecamatan and birth date as Dukcapil does, so NIKs are unique without a lookup.
 */
export class PersonFactory {
  private readonly serials = new Map<string, number>();
  constructor(
    private readonly prng: Prng,
    private readonly regionDigits: string,
  ) {}

  /** `middleName`: three-word names, which no member (two words) can share: staff on examination teams. */
  person(id: string, villageName: string, middleName = false): Person {
    const { prng } = this;
    const female = prng.next() < 0.45;
    const first = `${prng.pick(female ? FEMALE : MALE)}${middleName ? ` ${prng.pick(FAMILY)}` : ''}`;
    const last = prng.pick(FAMILY);
    const year = prng.int(1962, 2004);
    const month = prng.int(1, 12);
    const day = prng.int(1, 28);
    const birth = `${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}`;
    const serial = (this.serials.get(birth) ?? 0) + 1;
    this.serials.set(birth, serial);
    return Object.assign(new Person(), {
      id,
      nik: `${this.regionDigits}${birth}${pad(serial, 4)}`,
      name: `${first} ${last}`,
      address: `Dusun ${prng.pick(FAMILY)} RT ${pad(prng.int(1, 12), 3)}/RW ${pad(prng.int(1, 6), 3)}, ${villageName}`,
      phone: `08${prng.int(11, 59)}${pad(prng.int(0, 99_999_999), 8)}`,
    });
  }
}

function addBody(
  world: { bodies: WorldBody[]; persons: Person[]; membershipsById: Map<string, Membership> },
  factory: PersonFactory,
  commission: Commission,
  type: 'ppk' | 'pps' | 'kpps',
  id: string,
  name: string,
  region: { code: string; name: string },
  seats: number,
  reserves: number,
): WorldBody {
  const body = Object.assign(new AdhocBody(), {
    id,
    type,
    name,
    region: { code: region.code } as Region,
    commission,
    // The TPS is the id's suffix (`kpps-…-tps007`); kept as a number for lookups by TPS.
    tpsNumber: /-tps(\d{3})$/.exec(id) ? Number(id.slice(-3)) : null,
  });
  const members: Membership[] = [];
  for (let seat = 1; seat <= seats + reserves; seat += 1) {
    const person = factory.person(`p-${id}-${seat}`, region.name);
    const active = seat <= seats;
    const position: Position = seat === 1 ? 'chair' : 'member';
    const membership = Object.assign(new Membership(), {
      id: `m-${id}-${seat}`,
      person,
      body,
      position,
      status: active ? 'active' : 'candidate',
      selectionRank: seat,
      replaces: null,
      statusHistory: active
        ? [{ status: 'active', at: APPOINTED_AT[type], reason: 'appoint', reference: `SK ${id}` }]
        : [],
    });
    world.persons.push(person);
    world.membershipsById.set(membership.id, membership);
    members.push(membership);
  }
  const entry = { body, members };
  world.bodies.push(entry);
  return entry;
}

/** The regency's PPK (one per kecamatan), PPS (one per village) and KPPS (one per TPS), with members. */
export function buildRegencyWorld(plan: RegencyPlan, commission: Commission, seed: number): RegencyWorld {
  const prng = regencyPrng(seed, plan.code);
  const world = {
    plan,
    commission,
    bodies: [] as WorldBody[],
    persons: [] as Person[],
    membershipsById: new Map<string, Membership>(),
    prng,
  };
  const byType: RegencyWorld['bodiesByType'] = { ppk: [], pps: [], kpps: [] };
  for (const district of plan.districts) {
    const factory = new PersonFactory(prng, district.code.replace(/\./g, ''));
    byType.ppk.push(
      addBody(
        world,
        factory,
        commission,
        'ppk',
        `ppk-${district.code}`,
        `PPK Kecamatan ${district.name}`,
        district,
        PPK_SEATS,
        PPK_RESERVES,
      ),
    );
    for (const village of district.villages) {
      byType.pps.push(
        addBody(
          world,
          factory,
          commission,
          'pps',
          `pps-${village.code}`,
          `PPS ${village.name}`,
          village,
          PPS_SEATS,
          PPS_RESERVES,
        ),
      );
      for (let tps = 1; tps <= village.tps; tps += 1) {
        byType.kpps.push(
          addBody(
            world,
            factory,
            commission,
            'kpps',
            `kpps-${village.code}-tps${pad(tps, 3)}`,
            `KPPS TPS ${pad(tps, 3)} ${village.name}`,
            village,
            KPPS_SEATS,
            0,
          ),
        );
      }
    }
  }
  // Staff of the commission: NIKs under kecamatan "00" of the regency, which no member's NIK uses.
  const staffFactory = new PersonFactory(prng, `${plan.code.replace('.', '')}00`);
  const slug = plan.code;
  const examiners = [1, 2, 3].map((index) => {
    const person = staffFactory.person(`staff-${slug}-${index}`, plan.name, true);
    world.persons.push(person);
    return { personId: person.id, name: person.name };
  });
  return { ...world, bodiesByType: byType, examiners };
}
