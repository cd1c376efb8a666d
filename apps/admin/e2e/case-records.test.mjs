/* global document, window */
// End-to-end: the case's records on the case page, against the real API on SQLite with demo data, in
// Debian's Chromium, through the UI only. An officer of KPU Kabupaten Bangkalan registers a complaint
// received ten days ago, adds an allegation through the typical-violation search, schedules a
// clarification held yesterday and records its summons, then (in the clarification stage) the attendance
// and the minutes; the commissioner then
// forms the examination team from the candidates, each shown with their conflicts of interest.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServers } from './servers.mjs';
import {
  SHOTS,
  choose,
  expectStatus,
  fileThroughWizard,
  give,
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

/** Opens the record action `button` (its accessible name), lets `fill` fill the dialog, saves, and waits
 * for the dialog to close on the API's answer. */
async function record(page, button, fill) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
  try {
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
  } catch {
    throw new Error(`"${button}" was not saved: ${await dialog.innerText()}`);
  }
}

describe('allegations, sessions and the examination team on the case page', () => {
  it('an officer records an allegation and a whole clarification session; the commissioner picks the team', async () => {
    const pages = [];
    try {
      const officer = await signedInPage(browser, url, 'officer.35.26');
      pages.push(officer);
      const { id, respondentName } = await fileThroughWizard(officer, url, { daysAgo: 10 });
      await openCase(officer, url, id, 'Diterima');
      await give(officer, 'Mulai penelitian berkas');
      await expectStatus(officer, 'Penelitian berkas');
      await give(officer, 'Registrasi', async () => {});
      await expectStatus(officer, 'Teregistrasi');

      // The allegation, through the picker: a keyword fills principle and behaviour from the catalogue.
      const allegations = officer.getByRole('region', { name: 'Dugaan pelanggaran' });
      await allegations.getByText('Belum ada dugaan pelanggaran yang dicatat.').waitFor();
      await record(officer, 'Tambah dugaan pelanggaran', async (form) => {
        await choose(form, /^Teradu/, respondentName);
        await form.getByRole('combobox', { name: 'Cari contoh pelanggaran' }).fill('kampanye');
        await officer.getByRole('listbox').getByRole('option').first().click();
        await form
          .getByRole('combobox', { name: /^Prinsip/ })
          .filter({ hasText: 'Mandiri' })
          .waitFor();
        await form.getByText('Dasar hukum', { exact: true }).first().waitFor();
      });
      const allegation = allegations.getByRole('listitem', { name: `Dugaan 1 — ${respondentName}` });
      await allegation.waitFor();
      const shown = await allegation.innerText();
      assert.match(shown, /Mandiri/);
      assert.match(shown, /Peraturan DKPP 2\/2017 Pasal 8/);
      assert.match(shown, /Belum ada temuan/);

      // A clarification held yesterday: the summons went out a week before it, as the lead time asks.
      const sessions = officer.getByRole('region', { name: 'Klarifikasi dan sidang pemeriksaan' });
      await record(officer, 'Jadwalkan klarifikasi', async (form) => {
        await form.getByLabel(/^Waktu(?! kejadian)/).fill(await localMinute(officer, -1));
        await form.getByLabel('Tempat').fill('Ruang rapat KPU Kabupaten Bangkalan');
        await form.getByLabel('Agenda').fill('Klarifikasi teradu');
      });
      const session = sessions.getByRole('listitem', { name: /^Klarifikasi,/ });
      await session.getByText('Klarifikasi teradu').waitFor();

      await record(officer, /^Catat panggilan: Klarifikasi/, async (form) => {
        await choose(form, /^Pihak/, `Teradu/Terlapor: ${respondentName}`);
        await form.getByLabel(/^Dikirim/).fill(await localMinute(officer, -8));
        await form.getByLabel('Nomor surat panggilan').fill('012/PP.04/3526/2026');
      });
      await session
        .getByRole('list', { name: 'Panggilan' })
        .getByText(/012\/PP\.04\/3526\/2026/)
        .waitFor();

      // Who came, and the Berita Acara, are written in the clarification stage.
      await give(officer, 'Mulai verifikasi dan klarifikasi');
      await expectStatus(officer, 'Verifikasi dan klarifikasi');
      await record(officer, /^Catat kehadiran: Klarifikasi/, async (form) => {
        await choose(form, /^Pihak/, `Teradu/Terlapor: ${respondentName}`);
        await form.getByRole('radio', { name: 'Hadir', exact: true }).check();
      });
      await session
        .getByRole('list', { name: 'Kehadiran' })
        .getByText(/— Hadir/)
        .waitFor();

      await record(officer, /^Catat berita acara: Klarifikasi/, async (form) => {
        await form.getByLabel(/^Nomor berita acara/).fill('BA-01/PP.04/3526/2026');
        await form.getByLabel(/^Ringkasan/).fill('Teradu hadir dan memberikan keterangan.');
      });
      await session.getByText(/BA-01\/PP\.04\/3526\/2026/).waitFor();
      // Minutes close the session: nothing more is offered on it.
      assert.equal(await officer.getByRole('button', { name: /^Catat kehadiran: Klarifikasi/ }).count(), 0);
      await officer.screenshot({ path: join(SHOTS, 'case-records-1280.png'), fullPage: true });

      // On a phone the records stay in one column, nothing scrolls sideways.
      await officer.setViewportSize({ width: 390, height: 844 });
      await session.getByText('Klarifikasi teradu').waitFor();
      // The layout follows media queries re-rendered after the resize: give a loaded machine time.
      const fits = await officer
        .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, {
          timeout: 20_000,
        })
        .then(
          () => true,
          () => false,
        );
      if (!fits) {
        const wide = await officer.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(-4)
            .map((element) => `${element.tagName} ${element.className}`.slice(0, 120))
            .join('\n'),
        );
        assert.fail(`the case page scrolls sideways at 390 px; too wide:\n${wide}`);
      }
      await officer.screenshot({ path: join(SHOTS, 'case-records-390.png'), fullPage: true });
      await officer.setViewportSize({ width: 1280, height: 900 });

      // The commissioner picks the team by name; each candidate shows its role and any conflict.
      const commissioner = await signedInPage(browser, url, 'commissioner.35.26');
      pages.push(commissioner);
      await openCase(commissioner, url, id, 'Verifikasi dan klarifikasi');
      await give(commissioner, 'Bentuk tim pemeriksa', async (form) => {
        const seat = form.getByRole('combobox', { name: /^Ketua tim pemeriksa/ });
        await seat.click();
        const options = commissioner.getByRole('listbox').getByRole('option');
        await options.first().waitFor();
        const offered = await options.allInnerTexts();
        assert.ok(offered.length >= 3, `only ${offered.length} candidates offered`);
        for (const text of offered) assert.match(text, /— Tim pemeriksa, KPU Kabupaten Bangkalan/);
        const conflicted = offered.filter((text) => /Konflik kepentingan/.test(text));
        await seat.press('Escape');
        const clean = offered
          .filter((text) => !conflicted.includes(text))
          .map((text) => text.split(' — ')[0]);
        assert.ok(clean.length >= 3, 'fewer than three candidates without a conflict');
        for (const [index, name] of clean.slice(0, 3).entries()) {
          const label = index === 0 ? /^Ketua tim pemeriksa/ : new RegExp(`^Anggota tim pemeriksa ${index}`);
          await form.getByRole('combobox', { name: label }).fill(name);
          await commissioner
            .getByRole('listbox')
            .getByRole('option', { name: new RegExp(`^${name}`) })
            .click();
        }
        // With three people free of conflicts, nothing is flagged before sending.
        assert.equal(await form.getByText(/^Konflik kepentingan pada:/).count(), 0);
      });
      await expectStatus(commissioner, 'Pemeriksaan');
    } finally {
      await Promise.all(pages.map((page) => page.context().close()));
    }
  });
});
