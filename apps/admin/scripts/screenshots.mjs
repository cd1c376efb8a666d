// The README's screenshots of the main pages, taken the same way every time: the built admin served by the
// real API (production mode) on a fresh SQLite file with the demo data, Debian's Chromium, the WIB time
// zone, reduced motion. Only the countdowns ("terlambat … hari") move with the clock.
//
//   pnpm --filter @etik/admin screenshots            (builds first; --no-build to use dist/ as it is)
//
// Writes apps/admin/docs/screenshots/*.png.
/* global window */
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, startServers } from '../e2e/servers.mjs';
import { choose, launchBrowser } from '../e2e/ui.mjs';

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(adminDir, 'docs/screenshots');
mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(join(adminDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: adminDir,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const servers = await startServers({ production: true });
const browser = await launchBrowser();
const url = servers.url;

async function signedIn(username, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    timezoneId: 'Asia/Jakarta',
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  await page.goto(url);
  await page.getByLabel(/Nama pengguna/).fill(username);
  await page.getByLabel(/Kata sandi/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('#dashboard-overdue-list li').first().waitFor();
  return page;
}

/** Waits for the page to stop fetching and repainting, then writes `name`. */
async function shoot(page, name, { fullPage = true } = {}) {
  await page.waitForLoadState('networkidle');
  // From the top: react-admin hides its app bar once the page has scrolled (after an upload, say).
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(800);
  const path = join(out, name);
  await page.screenshot({ path, fullPage });
  console.log(`wrote ${path}`);
}

try {
  // Dashboard of an officer (regency), and the same on a phone.
  const officer = await signedIn('officer.35.26');
  await officer.getByRole('table', { name: 'Lama tiap tahap (hari kalender)' }).waitFor();
  await shoot(officer, 'dashboard-1280.png');

  // A case after its decree: decision with the sanction guidance, deliveries still owed, an evidence file.
  await officer.goto(`${url}#/cases/case-demo-010/show`);
  const evidence = officer.getByRole('region', { name: 'Berkas alat bukti' });
  await evidence.getByRole('combobox', { name: /^Jenis/ }).click();
  await officer.getByRole('option', { name: 'Surat atau tulisan' }).click();
  await evidence.getByLabel('Keterangan').fill('Berita acara pemeriksaan');
  await evidence.getByLabel('Pilih berkas').setInputFiles({
    name: 'berita-acara-pemeriksaan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Etik: berita acara pemeriksaan (contoh)\n%%EOF\n'),
  });
  await evidence.getByRole('button', { name: 'Unggah' }).click();
  await evidence.getByRole('status').filter({ hasText: 'SHA-256' }).waitFor();
  await shoot(officer, 'case-1280.png');

  // The new-complaint wizard at its last step, with the domain's completeness check.
  await officer.goto(`${url}#/cases/create`);
  await officer.getByRole('button', { name: /Pengadu$/ }).click();
  await officer.getByLabel('Nama pengadu').fill('Rina Marlina');
  await officer.getByRole('button', { name: /Kronologi$/ }).click();
  await officer
    .getByLabel('Uraian kejadian')
    .fill('Teradu membagikan kaos salah satu pasangan calon di TPS 001.');
  await officer.getByRole('button', { name: /Alat bukti$/ }).click();
  await shoot(officer, 'wizard-1280.png');
  await officer.context().close();

  // The cases list of a provincial supervisor, narrowed with the region filter (province → regency).
  const supervisor = await signedIn('supervisor.35');
  await supervisor.goto(
    `${url}#/cases?displayedFilters=${encodeURIComponent(JSON.stringify({ regencyCode: true }))}&filter=${encodeURIComponent(JSON.stringify({ regencyCode: '35.26' }))}`,
  );
  await supervisor.locator('tbody tr.RaDatagrid-row').first().waitFor();
  await shoot(supervisor, 'cases-1280.png');
  await supervisor.context().close();

  // The plenary decision form with the sanction guidance warning before anything is sent.
  const commissioner = await signedIn('commissioner.35.28');
  await commissioner.goto(
    `${url}#/cases?filter=${encodeURIComponent(JSON.stringify({ statuses: ['awaitingPlenary'] }))}`,
  );
  await commissioner.locator('tbody tr.RaDatagrid-row').first().click();
  const toolbar = commissioner.getByRole('toolbar', { name: 'Langkah berikutnya' });
  await toolbar.getByRole('button', { name: 'Catat putusan pleno' }).click();
  const dialog = commissioner.getByRole('dialog', { name: 'Catat putusan pleno' });
  await dialog.getByLabel('Anggota KPU yang hadir').fill('5');
  await dialog
    .getByRole('combobox', { name: /^Dugaan/ })
    .first()
    .click();
  await commissioner.getByRole('option', { name: 'Tidak terbukti', exact: true }).click();
  await dialog
    .getByRole('combobox', { name: /^Putusan/ })
    .first()
    .click();
  await commissioner.getByRole('option', { name: 'Peringatan keras', exact: true }).click();
  await dialog
    .getByRole('status', { name: 'Pedoman sanksi' })
    .getByText('Sanksi padahal dugaan', { exact: false })
    .waitFor();
  await shoot(commissioner, 'decision-1280.png', { fullPage: false });
  await commissioner.context().close();

  // The directory, as the national administrator: a member's history, and a member import with a refused line.
  const admin = await signedIn('admin.ri');
  // Hasan Anwar: the respondent of case-demo-010, given a final strong warning.
  await admin.goto(`${url}#/members/m-ppk-35.26.02-2/show`);
  await admin.getByRole('heading', { name: 'Hasan Anwar', level: 1 }).waitFor();
  await admin.getByRole('region', { name: 'Perkara sebagai teradu' }).getByRole('link').first().waitFor();
  await shoot(admin, 'member-1280.png');
  await admin.goto(`${url}#/member-imports`);
  await choose(admin, /KPU Kabupaten\/Kota/, 'KPU Kabupaten Bangkalan');
  const csv = [
    'nik;nama;jenis_badan;kode_wilayah;jabatan;status;peringkat',
    '3526014101900001;Siti Contoh Impor;PPK;35.26.01;ANGGOTA;CALON;9',
    '12345;Baris Salah;PPK;35.26.01;ANGGOTA;CALON;3',
  ].join('\n');
  await admin.getByTestId('member-csv').setInputFiles({
    name: 'anggota-ppk-bangkalan.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${csv}\n`),
  });
  await admin.getByRole('button', { name: 'Unggah dan impor' }).click();
  await admin.getByText(/^Selesai — 2 dari 2 baris diproses \(100%\)$/).waitFor();
  await admin.getByRole('table', { name: 'Baris yang ditolak' }).getByRole('row').nth(1).waitFor();
  await shoot(admin, 'import-1280.png');
  await admin.context().close();

  // On a phone: the dashboard and the cases list (the table becomes a list).
  const phone = await signedIn('officer.35.26', 390);
  await shoot(phone, 'dashboard-390.png');
  await phone.goto(`${url}#/cases`);
  await phone
    .getByRole('link', { name: /Pengaduan masyarakat|ETIK/ })
    .first()
    .waitFor();
  await shoot(phone, 'cases-390.png');
  await phone.context().close();
} finally {
  await browser.close();
  await servers.stop();
}
