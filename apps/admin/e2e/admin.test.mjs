// End-to-end: the built back office against the real API on SQLite with demo data, in Debian's Chromium.
import assert from 'node:assert/strict';
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
  it('signs in and shows the dashboard with counts and deadlines', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
    await page.getByRole('list', { name: /Perkara menurut status/ }).waitFor();
    await page.screenshot({ path: join(shots, 'dashboard-1280.png'), fullPage: true });
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
