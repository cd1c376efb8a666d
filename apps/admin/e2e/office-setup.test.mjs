// End-to-end: setting up an office through the back office's own buttons (issue #11), against the real API
// on SQLite with the demo data, in Debian's Chromium: the national administrator forms a PPS with the
// region picker and renames it, adds a day off; an officer records a step that happened earlier; a case of
// a WITA commission shows its dates in WITA.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServers } from './servers.mjs';
import {
  SHOTS,
  choose,
  fileThroughWizard,
  launchBrowser,
  localMinute,
  openCase,
  signedInPage,
} from './ui.mjs';

let servers;
let browser;
let url;

before(async () => {
  servers = process.env.ETIK_E2E_URL ? undefined : await startServers();
  url = process.env.ETIK_E2E_URL ?? servers.url;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await servers?.stop();
});

const unique = () => Date.now().toString(36);

/** Picks in the region picker's level `level` the option the typed `text` finds (`last`: the last one). */
async function pickRegion(page, level, text, option) {
  const box = page.getByRole('combobox', { name: level });
  await box.click();
  if (text) await box.fill(text);
  const options = page.getByRole('listbox').getByRole('option');
  await options.first().waitFor();
  const item = option === 'last' ? options.last() : options.filter({ hasText: option }).first();
  const chosen = (await item.innerText()).trim();
  await item.click();
  return chosen;
}

describe('signing in', () => {
  it('shows the sign-in form at once to a signed-out visitor of /', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Jakarta' });
    try {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(url);
      // The bundle takes a second or two to boot on a busy machine; the auth check used to add 10-17 s.
      await page.getByLabel(/Nama pengguna/).waitFor({ timeout: 6_000 });
      assert.ok(Date.now() - started < 6_000);
      // A private page is not shown either: its address leads to the same form.
      await page.goto(`${url}#/profile`);
      await page.getByLabel(/Nama pengguna/).waitFor({ timeout: 6_000 });
    } finally {
      await context.close();
    }
  });
});

describe('the new-complaint wizard', () => {
  it('never files on "Lanjut": walking every step with it ends on the filing button, nothing filed', async () => {
    const officer = await signedInPage(browser, url, 'officer.35.26');
    try {
      const filings = [];
      officer.on('request', (request) => {
        if ((request.postData() ?? '').includes('mutation FileCase')) filings.push(request);
      });
      await officer.goto(`${url}#/cases/create`);
      await officer.getByRole('heading', { name: 'Catat aduan baru', level: 1 }).waitFor();
      await officer.getByRole('button', { name: /Pengadu$/ }).click();
      await officer.getByLabel('Nama pengadu').fill('Pengadu Lanjut');
      await officer.getByLabel('Nama pengadu').press('Enter');
      for (let step = 0; step < 4; step += 1) {
        await officer.getByRole('button', { name: 'Lanjut', exact: true }).click();
      }
      await officer.getByRole('button', { name: 'Catat aduan' }).waitFor();
      await officer.waitForTimeout(1500);
      assert.equal(filings.length, 0, 'a FileCase mutation was sent before the filing button was pressed');
      assert.match(officer.url(), /#\/cases\/create$/);
    } finally {
      await officer.context().close();
    }
  });
});

describe('office setup through the UI only', () => {
  it('the national admin forms a PPS with the region picker, renames it and adds a day off', async () => {
    const admin = await signedInPage(browser, url, 'admin.ri');
    try {
      await admin.getByRole('menuitem', { name: 'Badan adhoc' }).click();
      await admin.getByRole('link', { name: 'Buat' }).click();
      const name = `PPS Uji ${unique()}`;
      await admin.getByLabel(/^Nama/).fill(name);
      await pickRegion(admin, 'Provinsi', 'Jawa Ti', 'Jawa Timur');
      await pickRegion(admin, 'Kabupaten/Kota', 'Bangka', 'Bangkalan');
      // The demo data has PPS in the first villages of the first kecamatan: take the last ones.
      await pickRegion(admin, 'Kecamatan', '', 'last');
      const village = await pickRegion(admin, 'Desa/Kelurahan', '', 'last');
      await admin.getByRole('button', { name: 'Simpan' }).click();
      await admin.waitForURL(/#\/adhoc-bodies\/[^/]+\/show$/);
      await admin.getByText(name, { exact: true }).first().waitFor();
      await admin.getByText(village.split(/\s+\d/)[0]).first().waitFor();

      await admin.getByRole('link', { name: 'Ubah nama' }).click();
      const renamed = `${name} (baru)`;
      await admin.getByLabel(/^Nama/).fill(renamed);
      await admin.getByRole('button', { name: 'Simpan' }).click();
      await admin.getByText('Nama badan diubah').waitFor();
      await admin.getByText(renamed, { exact: true }).first().waitFor();
      await admin.screenshot({ path: join(SHOTS, 'office-body-1280.png'), fullPage: true });

      await admin.getByRole('menuitem', { name: 'Hari libur' }).click();
      await choose(admin, /^Tahun/, '2026');
      const form = admin.getByRole('form', { name: 'Tambah hari libur' });
      await form.getByLabel(/^Tanggal/).fill('2026-12-28');
      await form.getByLabel(/Nama \(Bahasa Indonesia\)/).fill('Libur uji kantor');
      await form.getByLabel(/Nama \(Inggris\)/).fill('Office test day off');
      await form.getByRole('button', { name: 'Tambah' }).click();
      await admin
        .getByRole('status')
        .filter({ hasText: /perkara yang berjalan dihitung ulang/ })
        .waitFor();
      await admin
        .getByRole('table', { name: 'Hari libur tahun 2026' })
        .getByRole('row', { name: /Libur uji kantor/ })
        .waitFor();
      await admin.screenshot({ path: join(SHOTS, 'office-holidays-1280.png'), fullPage: true });
    } finally {
      await admin.context().close();
    }

    // Nobody else has the page: neither in the menu nor at its address.
    const officer = await signedInPage(browser, url, 'officer.35.26');
    try {
      assert.equal(await officer.getByRole('menuitem', { name: 'Hari libur' }).count(), 0);
      await officer.goto(`${url}#/holidays`);
      await officer.waitForTimeout(1000);
      assert.equal(await officer.getByRole('form', { name: 'Tambah hari libur' }).count(), 0);
    } finally {
      await officer.context().close();
    }
  });

  it('an officer records a step with an earlier time of the act and sees it in the timeline', async () => {
    const officer = await signedInPage(browser, url, 'officer.35.26');
    try {
      const { id } = await fileThroughWizard(officer, url, { daysAgo: 2 });
      await openCase(officer, url, id, 'Diterima');
      const earlier = await localMinute(officer, -1);
      // A step without inputs of its own: the dialog still asks when it happened.
      const command = 'Mulai penelitian berkas';
      await officer
        .getByRole('toolbar', { name: 'Langkah berikutnya' })
        .getByRole('button', { name: command, exact: true })
        .click();
      const dialog = officer.getByRole('dialog', { name: command });
      await dialog.getByLabel('Waktu kejadian (WIB)').fill(earlier);
      await dialog.getByLabel('Alasan pencatatan mundur').fill('Berkas diteliti di lapangan kemarin');
      await dialog.getByRole('button', { name: command, exact: true }).click();
      await officer.getByText(`Tercatat: ${command}`).first().waitFor();
      const [day, time] = earlier.split('T');
      const dayShown = new Date(`${day}T00:00:00Z`).toLocaleDateString('id-ID', {
        dateStyle: 'medium',
        timeZone: 'UTC',
      });
      const timeline = officer.getByRole('region', { name: 'Riwayat' });
      await timeline
        .getByText(new RegExp(`^Terjadi ${dayShown}.*${time.replace(':', '.')} WIB \\(dicatat`))
        .waitFor();
      await officer.screenshot({ path: join(SHOTS, 'office-occurred-at-1280.png'), fullPage: true });
    } finally {
      await officer.context().close();
    }
  });

  it('a case of a WITA commission shows its dates in WITA', async () => {
    // An officer of KPU Kota Banjarmasin (UTC+8), made by the national administrator from the users screen.
    const username = `petugas.bjm.${unique()}`;
    const password = 'sungai-martapura-pagi-hari';
    const admin = await signedInPage(browser, url, 'admin.ri');
    try {
      await admin.getByRole('menuitem', { name: 'Pengguna dan peran' }).click();
      await admin.getByRole('link', { name: 'Buat akun' }).click();
      await admin.getByLabel(/^Nama pengguna/).fill(username);
      await admin.getByLabel(/^Nama tampilan/).fill('Petugas Banjarmasin');
      await choose(admin, /^Peran/, 'Petugas sekretariat');
      await choose(admin, /^KPU/, /Kota Banjarmasin/);
      await admin.getByLabel(/^Kata sandi awal/).fill(password);
      await admin.getByRole('button', { name: 'Simpan' }).click();
      await admin.getByRole('heading', { name: 'Atur ulang kata sandi' }).waitFor();
    } finally {
      await admin.context().close();
    }

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Asia/Jakarta',
    });
    const officer = await context.newPage();
    officer.setDefaultTimeout(60_000);
    try {
      await officer.goto(url);
      await officer.getByLabel(/Nama pengguna/).fill(username);
      await officer.getByLabel(/Kata sandi/).fill(password);
      await officer.getByRole('button', { name: 'Masuk' }).click();
      await officer.getByRole('heading', { name: 'Batas waktu yang perlu perhatian' }).waitFor();
      const { id } = await fileThroughWizard(officer, url, { respondent: { name: 'Rahmat Hidayat' } });
      await openCase(officer, url, id, 'Diterima');
      // The browser is in Jakarta; the deadlines are Banjarmasin's, shown and named in WITA.
      const deadlines = officer.getByRole('region', { name: 'Batas waktu' });
      await deadlines
        .getByText(/\d{2}\.\d{2} WITA/)
        .first()
        .waitFor();
      assert.equal(await deadlines.getByText(/ WIB$/).count(), 0);
      await officer.screenshot({ path: join(SHOTS, 'office-wita-1280.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
