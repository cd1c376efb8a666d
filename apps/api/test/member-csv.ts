// Member CSV files for the import tests, in the shape of a SIAKBA export, for the demo world's bodies.
import type { Json, TestServer } from './test-server.js';

export const HEADER = [
  'nik',
  'nama',
  'jenis_kelamin',
  'tempat_lahir',
  'tanggal_lahir',
  'alamat',
  'no_hp',
  'email',
  'jenis_badan',
  'kode_wilayah',
  'nomor_tps',
  'jabatan',
  'status',
  'peringkat',
  'no_sk',
  'tanggal_sk',
] as const;
export type Column = (typeof HEADER)[number];
export type Row = Partial<Record<Column, string>>;

export interface DemoBody {
  readonly id: string;
  readonly type: string;
  readonly regionCode: string;
  readonly tps?: string;
}

/** The bodies a commission formed, as the import names them (type, region code, TPS). */
export async function bodiesOf(t: TestServer, commissionId: string): Promise<DemoBody[]> {
  const result = await t.gql<{ adhocBodies: { id: string; type: string; regionCode: string }[] }>(
    'query ($c: ID!) { adhocBodies(commissionId: $c) { id type regionCode } }',
    { c: commissionId },
    { token: await t.login('admin.ri') },
  );
  return result.data!.adhocBodies.map((body) => ({
    ...body,
    ...(body.type === 'kpps' ? { tps: /-tps(\d+)$/.exec(body.id)![1]! } : {}),
  }));
}

/** A valid NIK of the body's kecamatan; `serial` keeps it unique. */
export function nikFor(regionCode: string, serial: number, female = serial % 2 === 0): string {
  const kecamatan = regionCode.replaceAll('.', '').slice(0, 6);
  const day = String(1 + (serial % 28) + (female ? 40 : 0)).padStart(2, '0');
  const month = String(1 + (serial % 12)).padStart(2, '0');
  return `${kecamatan}${day}${month}9${serial % 10}${String(5000 + (serial % 5000)).padStart(4, '0')}`;
}

/**
 * A good row for a new member of `body`: a ranked candidate, who holds no seat (the demo bodies' seats are
 * all taken), or with `active` an appointed member.
 */
export function memberRow(body: DemoBody, serial: number, overrides: Row = {}, active = false): Row {
  return {
    nik: nikFor(body.regionCode, serial),
    nama: `Anggota Impor ${serial}`,
    jenis_kelamin: serial % 2 === 0 ? 'P' : 'L',
    tempat_lahir: 'Bangkalan',
    tanggal_lahir: `${String(1 + (serial % 28)).padStart(2, '0')}-0${1 + (serial % 9)}-1990`,
    alamat: `Dusun Impor RT ${serial % 9}/RW 2`,
    no_hp: `0812${String(serial).padStart(8, '0')}`,
    email: `anggota${serial}@contoh.id`,
    jenis_badan: body.type.toUpperCase(),
    kode_wilayah: body.regionCode,
    nomor_tps: body.tps ?? '',
    jabatan: 'ANGGOTA',
    status: active ? 'AKTIF' : 'CALON',
    peringkat: String(10 + (serial % 50)),
    no_sk: active ? `${serial}/PP.04.1-Kpt/3526/2024` : '',
    tanggal_sk: active ? '2024-01-25' : '',
    ...overrides,
  };
}

const quote = (value: string, separator: string) =>
  /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;

export function toCsv(
  rows: readonly Row[],
  options: { separator?: ',' | ';'; bom?: boolean; crlf?: boolean; header?: readonly string[] } = {},
): string {
  const separator = options.separator ?? ';';
  const eol = options.crlf === false ? '\n' : '\r\n';
  const header = options.header ?? HEADER;
  const lines = [
    header.join(separator),
    ...rows.map((row) =>
      header.map((column) => quote(row[column as Column] ?? '', separator)).join(separator),
    ),
  ];
  return `${options.bom === false ? '' : '\ufeff'}${lines.join(eol)}${eol}`;
}

/** POSTs a file to /files/member-imports (or `route`) as `username`. */
export async function uploadCsv(
  t: TestServer,
  content: string | Buffer,
  options: {
    username?: string | null;
    /** The user's password when it is not the demo one. */
    password?: string;
    commissionId?: string;
    mediaType?: string;
    fileName?: string;
    route?: 'member-imports' | 'body-imports';
  } = {},
): Promise<{ status: number; body: Json }> {
  const form = new FormData();
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  form.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: options.mediaType ?? 'text/csv' }),
    options.fileName ?? 'anggota.csv',
  );
  const username = options.username === undefined ? 'officer.35.26' : options.username;
  const response = await fetch(
    `${t.url.replace(/\/graphql$/, '')}/files/${options.route ?? 'member-imports'}?commissionId=${encodeURIComponent(options.commissionId ?? 'kpu-35.26')}`,
    {
      method: 'POST',
      headers: username ? { authorization: `Bearer ${await t.login(username, options.password)}` } : {},
      body: form,
    },
  );
  return { status: response.status, body: (await response.json()) as Json };
}

export const IMPORT_FIELDS = `id kind status fileName totalRows processedRows importedRows updatedRows unchangedRows
  rejectedRows lastCommittedLine progress commission { id }`;

export async function importOf(t: TestServer, id: string, username = 'officer.35.26') {
  const result = await t.gql(
    `query ($id: ID!) { memberImport(id: $id) { ${IMPORT_FIELDS}
      errors(first: 100) { totalCount nodes { line code field message } } } }`,
    { id },
    { token: await t.login(username) },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.memberImport;
}
