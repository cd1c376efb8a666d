// End-to-end: the built back office against the real API on SQLite with demo data, in Debian's Chromium.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD, startServers } from './servers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const shots = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(shots, { recursive: true });

let servers;
let browser;

before(async () => {
  servers = await startServers();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  await servers?.stop();
});

async function signIn(page, username = 'officer.35.26') {
  await page.goto(servers.url);
  await page.getByLabel(/Nama pengguna/).fill(username);
  await page.getByLabel(/Kata sandi/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Batas waktu yang perlu perhatian' }).waitFor();
}

describe('back office against the real API', () => {
  it('signs in and shows the dashboard with overdue cases, charts and stage durations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    const overdue = page.getByRole('list', { name: /^Terlambat \(\d+\)$/ });
    await overdue.waitFor();
    assert.ok((await overdue.getByRole('listitem').count()) > 0, 'the demo data has overdue cases');
    for (const chart of [
      'Perkara menurut status',
      'Perkara per bulan diterima',
      'Perkara menurut jenis badan adhoc',
      'Putusan per teradu',
      'Prinsip yang dilanggar, per teradu',
    ]) {
      const list = page.getByRole('list', { name: `Grafik batang: ${chart}` });
      await list.waitFor();
      assert.ok((await list.getByRole('listitem').count()) > 0, `${chart} has bars`);
    }
    // Every status of the domain is a bar, and the bars add up to the total figure.
    const statusBars = page
      .getByRole('list', { name: 'Grafik batang: Perkara menurut status' })
      .getByRole('listitem');
    assert.equal(await statusBars.count(), 17);
    const counts = (await statusBars.allInnerTexts()).map((text) => Number(/(\d+)\s*$/.exec(text)?.[1]));
    const total = Number(
      await page
        .getByText('Seluruh perkara', { exact: true })
        .locator('xpath=following-sibling::p[1]')
        .innerText(),
    );
    assert.equal(
      counts.reduce((sum, count) => sum + count, 0),
      total,
    );
    await page.getByRole('table', { name: 'Lama tiap tahap (hari kalender)' }).waitFor();
    await page.screenshot({ path: join(shots, 'dashboard-1280.png'), fullPage: true });
    await page.close();
  });

  it('charts provinces for KPU RI, from caseStatistics', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'admin.ri');
    const provinces = page.getByRole('list', { name: 'Grafik batang: Perkara menurut provinsi' });
    await provinces.waitFor();
    const names = await provinces.getByRole('link').allInnerTexts();
    assert.deepEqual([...names].sort(), ['Aceh', 'Jawa Timur']);
    await page.close();
  });

  it('narrows the list to a regency chosen in the region filter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'supervisor.35');
    await page.goto(`${servers.url}#/cases`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Tambah filter' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Kabupaten/Kota' }).click();
    await page.getByRole('combobox', { name: 'Kabupaten/Kota' }).click();
    await page.getByRole('option', { name: 'Kabupaten Pamekasan' }).click();
    await page.waitForURL(/regencyCode/);
    await page.waitForTimeout(1500);
    const rows = page.locator('tbody tr.RaDatagrid-row');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    assert.ok(texts.length > 0);
    for (const text of texts) assert.match(text, /KPU Kabupaten Pamekasan/);
    await page.close();
  });

  it('uploads an evidence file on a case, shows its SHA-256 and downloads the same bytes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.goto(`${servers.url}#/cases/case-demo-007/show`);
    const section = page.getByRole('region', { name: 'Berkas alat bukti' });
    await section.waitFor();
    const bytes = Buffer.from(`%PDF-1.4\n% Etik e2e ${Date.now()} ${Math.random()}\n%%EOF\n`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await section.getByRole('combobox', { name: /^Jenis/ }).click();
    await page.getByRole('option', { name: 'Surat atau tulisan' }).click();
    await section.getByLabel('Keterangan').fill('Foto kuitansi');
    await section
      .getByLabel('Pilih berkas')
      .setInputFiles({ name: 'kuitansi.pdf', mimeType: 'application/pdf', buffer: bytes });
    await section.getByRole('button', { name: 'Unggah' }).click();
    await section.getByRole('status').filter({ hasText: sha256 }).waitFor();
    const listed = section.getByRole('list', { name: 'Berkas alat bukti perkara ini' });
    await listed.getByText(sha256, { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'case-evidence-1280.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      listed
        .getByRole('listitem')
        .filter({ hasText: sha256 })
        .getByRole('button', { name: 'Unduh kuitansi.pdf' })
        .click(),
    ]);
    assert.equal(download.suggestedFilename(), 'kuitansi.pdf');
    const saved = await readFile(await download.path());
    assert.equal(createHash('sha256').update(saved).digest('hex'), sha256);
    await page.close();
  });

  it('refuses a file whose content is not what it claims to be, in Indonesian', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.goto(`${servers.url}#/cases/case-demo-007/show`);
    const section = page.getByRole('region', { name: 'Berkas alat bukti' });
    await section.getByRole('combobox', { name: /^Jenis/ }).click();
    await page.getByRole('option', { name: 'Surat atau tulisan' }).click();
    await section.getByLabel('Pilih berkas').setInputFiles({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a picture at all'),
    });
    await section.getByRole('button', { name: 'Unggah' }).click();
    await section
      .getByRole('alert')
      .getByText('Isi berkas tidak sesuai dengan jenisnya (image/png).')
      .waitFor();
    await page.close();
  });

  it('refuses a wrong password in Indonesian', async () => {
    const page = await browser.newPage();
    await page.goto(servers.url);
    await page.getByLabel(/Nama pengguna/).fill('officer.35.26');
    await page.getByLabel(/Kata sandi/).fill('wrong-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await page.close();
  });

  it('lists cases, filters the overdue ones and opens one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.goto(`${servers.url}#/cases`);
    await page.locator('tbody tr').first().waitFor();
    const all = await page.locator('tbody tr').count();
    assert.ok(all > 0);
    await page.getByLabel('Hanya yang terlambat').check();
    await page.waitForTimeout(1500);
    const overdue = await page.locator('tbody tr').count();
    assert.ok(overdue <= all);
    await page.screenshot({ path: join(shots, 'cases-1280.png'), fullPage: true });
    await page.close();
  });

  it('gives a command from the action bar and the case moves on', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.goto(
      `${servers.url}#/cases?filter=${encodeURIComponent(JSON.stringify({ statuses: ['received'] }))}`,
    );
    await page.locator('tbody tr').first().click();
    const toolbar = page.getByRole('toolbar', { name: 'Langkah berikutnya' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: 'Mulai penelitian berkas' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mulai penelitian berkas' }).click();
    await page.getByText('Tercatat: Mulai penelitian berkas').waitFor();
    await page
      .getByRole('region', { name: 'Ringkasan' })
      .getByText('Penelitian berkas', { exact: true })
      .waitFor();
    await page.screenshot({ path: join(shots, 'case-1280.png'), fullPage: true });
    await page.close();
  });

  it('files a new complaint through the wizard and shows the completeness check', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page);
    await page.goto(`${servers.url}#/cases/create`);
    await page.getByRole('button', { name: /Pengadu$/ }).click();
    await page.getByLabel('Nama pengadu').fill('Rina Marlina');
    await page.getByRole('button', { name: /Kronologi$/ }).click();
    await page
      .getByLabel('Uraian kejadian')
      .fill('Teradu membagikan kaos salah satu pasangan calon di TPS 001.');
    await page.getByRole('button', { name: /Alat bukti$/ }).click();
    await page.screenshot({ path: join(shots, 'wizard-390.png'), fullPage: true });
    await page.getByRole('button', { name: 'Catat aduan' }).click();
    await page.getByRole('link', { name: 'Buka perkara' }).waitFor();
    await page.screenshot({ path: join(shots, 'filed-390.png'), fullPage: true });
    await page.close();
  });

  it('switches the interface to English from the app bar', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page);
    await page.getByRole('button', { name: /^Bahasa: / }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Deadlines needing attention' }).waitFor();
    await page.screenshot({ path: join(shots, 'dashboard-390-en.png'), fullPage: true });
    await page.close();
  });
});
