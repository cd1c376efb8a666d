// End-to-end: whole journeys of a case through the back office, against the real API on SQLite with
// demo data, in Debian's Chromium. Each scenario files its own case through the wizard, so none depends
// on another; each user signs in in a browser context of their own (a session per context).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServers } from './servers.mjs';
import {
  SHOTS,
  caseUrl,
  choose,
  expectStatus,
  fileThroughWizard,
  give,
  launchBrowser,
  localMinute,
  openCase,
  personIdOf,
  pickCandidate,
  signedInPage,
} from './ui.mjs';

let servers;
let browser;
let url;

before(async () => {
  // ETIK_E2E_URL: drive servers already running (while writing a scenario); otherwise start fresh ones.
  servers = process.env.ETIK_E2E_URL ? undefined : await startServers();
  url = process.env.ETIK_E2E_URL ?? servers.url;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await servers?.stop();
});

/** Closes every context a scenario opened, even when it failed half-way. */
function contexts() {
  const pages = [];
  return {
    async as(username, viewport) {
      const page = await signedInPage(browser, url, username, viewport);
      pages.push(page);
      return page;
    },
    async close() {
      await Promise.all(pages.map((page) => page.context().close()));
    },
  };
}

/** The figure under "Seluruh perkara" on the dashboard, once it is a number. */
async function dashboardTotal(page) {
  const figure = page.getByText('Seluruh perkara', { exact: true }).locator('xpath=following-sibling::p[1]');
  await figure.filter({ hasText: /^\d+$/ }).waitFor();
  return Number(await figure.innerText());
}

/** The register number the case summary shows as its heading. */
const registerNumberOf = async (page) =>
  (await page.getByRole('region', { name: 'Ringkasan' }).locator('p').first().innerText()).trim();

describe('a case from complaint to closure, through the UI only', () => {
  it('officer, examiners and commissioner of one regency take a new case to closed from the action bar', async () => {
    const users = contexts();
    try {
      const officer = await users.as('officer.35.26');
      const { id } = await fileThroughWizard(officer, url, { shot: 'wizard-complete-1280.png' });

      await openCase(officer, url, id, 'Diterima');
      await give(officer, 'Mulai penelitian berkas');
      await expectStatus(officer, 'Penelitian berkas');
      // An empty register number asks the API for the commission's next one.
      await give(officer, 'Registrasi', async () => {});
      await expectStatus(officer, 'Teregistrasi');
      assert.match(await registerNumberOf(officer), /\/ETIK\/3526\/\d{4}$/);
      await give(officer, 'Mulai verifikasi dan klarifikasi');
      await expectStatus(officer, 'Verifikasi dan klarifikasi');

      // The candidates are found by name or by person id; each examiner's own profile shows the id.
      const examiners = [];
      for (const username of ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26']) {
        const page = await users.as(username);
        examiners.push({ page, personId: await personIdOf(page, url) });
      }
      assert.equal(new Set(examiners.map((examiner) => examiner.personId)).size, 3);

      const commissioner = await users.as('commissioner.35.26');
      await openCase(commissioner, url, id, 'Verifikasi dan klarifikasi');
      await give(commissioner, 'Bentuk tim pemeriksa', async (form) => {
        await pickCandidate(form, /^Ketua tim pemeriksa/, examiners[0].personId);
        await pickCandidate(form, /^Anggota tim pemeriksa 1/, examiners[1].personId);
        await pickCandidate(form, /^Anggota tim pemeriksa 2/, examiners[2].personId);
      });
      await expectStatus(commissioner, 'Pemeriksaan');

      const chair = examiners[0].page;
      await openCase(chair, url, id, 'Pemeriksaan');
      await give(chair, 'Serahkan laporan pemeriksaan', async (form) => {
        await form
          .getByLabel('Ringkasan laporan pemeriksaan')
          .fill('Teradu terbukti membagikan kaos pasangan calon; dua saksi menguatkan.');
      });
      await expectStatus(chair, 'Menunggu rapat pleno');

      await openCase(commissioner, url, id, 'Menunggu rapat pleno');
      await give(commissioner, 'Catat putusan pleno', async (form) => {
        await form.getByLabel('Anggota KPU yang hadir').fill('5');
        await choose(form, /^Dugaan/, 'Terbukti');
        await choose(form, /^Putusan/, 'Peringatan');
        await form.getByLabel('Pertimbangan').fill('Terbukti melanggar prinsip netralitas.');
      });
      await expectStatus(commissioner, 'Diputus');
      await give(commissioner, 'Terbitkan keputusan', async (form) => {
        await form.getByLabel('Nomor keputusan').fill(`E2E/${Date.now()}/PP.04/3526/2026`);
        await form.getByLabel('Tanggal ditandatangani').fill(await localMinute(commissioner));
      });
      await expectStatus(commissioner, 'Keputusan terbit');

      // Every delivery the rule set requires for this case (personal complainant, KPPS respondent).
      await openCase(officer, url, id, 'Keputusan terbit');
      const delivered = [];
      for (const recipient of ['Teradu', 'Pengadu', 'PPK/PPS atasan', 'KPU Provinsi']) {
        await give(officer, 'Catat penyampaian', async (form) => {
          delivered.push(await choose(form, /^Penerima/, recipient));
          await form.getByLabel('Waktu penyampaian').fill(await localMinute(officer));
          await form.getByLabel('Cara penyampaian').fill('Diserahkan langsung');
        });
      }
      assert.deepEqual(delivered, ['Teradu', 'Pengadu', 'PPK/PPS atasan', 'KPU Provinsi']);
      await expectStatus(officer, 'Disampaikan');

      await give(officer, 'Selesaikan perkara');
      await expectStatus(officer, 'Selesai');
      await officer.getByText('Tidak ada langkah yang dapat Anda lakukan pada tahap ini.').waitFor();
      await officer.getByRole('region', { name: 'Penutupan' }).waitFor();
      const timeline = await officer.getByRole('region', { name: 'Riwayat' }).innerText();
      for (const event of [
        'Aduan diterima',
        'Perkara diregistrasi',
        'Tim pemeriksa dibentuk',
        'Putusan pleno dicatat',
      ]) {
        assert.ok(timeline.includes(event), `timeline lacks "${event}"`);
      }
      await officer.screenshot({ path: join(SHOTS, 'case-closed-1280.png'), fullPage: true });
    } finally {
      await users.close();
    }
  });

  it('counts a newly filed case on the dashboard', async () => {
    const login = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login.goto(url);
    await login.getByRole('button', { name: 'Masuk' }).waitFor({ timeout: 60_000 });
    await login.screenshot({ path: join(SHOTS, 'login-1280.png'), fullPage: true });
    await login.close();

    const users = contexts();
    try {
      const officer = await users.as('officer.35.26');
      const before = await dashboardTotal(officer);
      await fileThroughWizard(officer, url);
      await officer.goto(`${url}#/`);
      await officer
        .getByText('Seluruh perkara', { exact: true })
        .locator('xpath=following-sibling::p[1]')
        .filter({ hasText: new RegExp(`^${before + 1}$`) })
        .waitFor();
      assert.equal(await dashboardTotal(officer), before + 1);
      await officer.screenshot({ path: join(SHOTS, 'dashboard-after-filing-1280.png'), fullPage: true });
    } finally {
      await users.close();
    }
  });

  it('keeps a case out of sight of an officer of another regency', async () => {
    const users = contexts();
    try {
      // A registered case has a number to search by (the list's text search covers register numbers and
      // the names of respondents on record, which are not unique across regencies).
      const bangkalan = await users.as('officer.35.26');
      const { id } = await fileThroughWizard(bangkalan, url);
      await openCase(bangkalan, url, id, 'Diterima');
      await give(bangkalan, 'Mulai penelitian berkas');
      await expectStatus(bangkalan, 'Penelitian berkas');
      await give(bangkalan, 'Registrasi', async () => {});
      await expectStatus(bangkalan, 'Teregistrasi');
      const registerNumber = await registerNumberOf(bangkalan);
      const search = `${url}#/cases?filter=${encodeURIComponent(JSON.stringify({ q: registerNumber }))}`;
      await bangkalan.goto(search);
      await bangkalan.locator('tbody tr').filter({ hasText: registerNumber }).waitFor();
      assert.equal(await bangkalan.locator('tbody tr').count(), 1);

      const pamekasan = await users.as('officer.35.28');
      await pamekasan.goto(`${url}#/cases`);
      await pamekasan.locator('tbody tr').first().waitFor();
      // The column under the "KPU penanganan" header, wherever the layout puts it.
      const headers = await pamekasan.locator('thead th').allInnerTexts();
      const column = headers.findIndex((header) => header.trim() === 'KPU penanganan') + 1;
      assert.ok(column > 0, `no commission column among ${headers.join(' | ')}`);
      const commissions = await pamekasan.locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
      assert.ok(commissions.length > 0);
      assert.deepEqual([...new Set(commissions)], ['KPU Kabupaten Pamekasan']);
      await pamekasan.goto(search);
      await pamekasan.getByText(/Tidak ada perkara yang cocok/i).waitFor();
      assert.equal(await pamekasan.locator('tbody tr').count(), 0);

      // Its URL: react-admin says "Data tidak ada" (the API answers NOT_FOUND) and goes back to the list.
      await pamekasan.goto(`${url}#/`);
      await pamekasan.goto(caseUrl(url, id));
      await pamekasan.getByText('Data tidak ada', { exact: true }).waitFor();
      await pamekasan.waitForURL((address) => !address.hash.includes(encodeURIComponent(id)));
      assert.equal(await pamekasan.getByRole('region', { name: 'Ringkasan' }).count(), 0);
      assert.equal(await pamekasan.getByRole('toolbar', { name: 'Langkah berikutnya' }).count(), 0);
      assert.equal(await pamekasan.getByText(registerNumber, { exact: true }).count(), 0);
      await pamekasan.screenshot({ path: join(SHOTS, 'case-other-regency-1280.png'), fullPage: true });
    } finally {
      await users.close();
    }
  });

  it('tells the second of two tabs that the case changed meanwhile, and reloads it', async () => {
    const users = contexts();
    try {
      const first = await users.as('officer.35.26');
      const { id } = await fileThroughWizard(first, url);
      const second = await users.as('officer.35.26');
      await openCase(first, url, id, 'Diterima');
      await openCase(second, url, id, 'Diterima');

      await give(first, 'Mulai penelitian berkas');
      await expectStatus(first, 'Penelitian berkas');

      const toolbar = second.getByRole('toolbar', { name: 'Langkah berikutnya' });
      await toolbar.getByRole('button', { name: 'Mulai penelitian berkas', exact: true }).click();
      const dialog = second.getByRole('dialog', { name: 'Mulai penelitian berkas' });
      await dialog.getByRole('button', { name: 'Mulai penelitian berkas', exact: true }).click();
      const alert = dialog.getByRole('alert');
      await alert.getByText('Perkara telah diubah orang lain').waitFor();
      assert.match(await alert.innerText(), /diubah orang lain sejak Anda membukanya/);
      await second.screenshot({ path: join(SHOTS, 'case-conflict-1280.png'), fullPage: true });
      await alert.getByRole('button', { name: 'Muat ulang perkara' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(second, 'Penelitian berkas');
    } finally {
      await users.close();
    }
  });
});
