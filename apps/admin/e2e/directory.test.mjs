// End-to-end: the directory screens (members, member import, declarations, users) of the built back office
// against the real API on SQLite with the demo data, in Debian's Chromium, through the UI only.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MESSAGE_LABELS } from '@etik/domain';
import { startServers } from './servers.mjs';
import { choose, launchBrowser, SHOTS, signedInPage } from './ui.mjs';

let servers;
let browser;

before(async () => {
  servers = await startServers();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await servers?.stop();
});

const menu = (page) => page.getByRole('navigation').or(page.locator('.RaSidebar-fixed')).first();

describe('directory screens against the real API', () => {
  it("national admin searches a member and opens the person's history", async () => {
    const page = await signedInPage(browser, servers.url, 'admin.ri');
    await page.goto(`${servers.url}#/members`);
    await page.getByLabel('Cari nama atau awal NIK').fill('Siti Marlina');
    // Three people of that name in the demo data: the server's search narrows the list to them.
    await page.getByText(/^1–3 dari 3$/).waitFor();
    const row = page.getByRole('row', { name: /Siti Marlina/ }).first();
    assert.equal(await page.getByRole('row', { name: /Siti Marlina/ }).count(), 3);
    await row.getByRole('cell').first().click();
    await page.waitForURL(/#\/members\/[^/]+\/show$/);
    await page.getByRole('heading', { name: 'Siti Marlina', level: 1 }).waitFor();
    const memberships = page.getByRole('region', { name: 'Keanggotaan' });
    await memberships
      .getByRole('link', { name: /KPPS TPS 001/ })
      .first()
      .waitFor();
    await page.getByRole('region', { name: 'Perkara sebagai teradu' }).waitFor();
    await page.getByRole('region', { name: 'Pernyataan hubungan keluarga' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'directory-member-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('imports a small CSV and shows the refused line with its message', async () => {
    const page = await signedInPage(browser, servers.url, 'admin.ri');
    await page.goto(`${servers.url}#/member-imports`);
    await choose(page, /KPU Kabupaten\/Kota/, 'KPU Kabupaten Bangkalan');
    const csv = [
      'nik;nama;jenis_badan;kode_wilayah;jabatan;status;peringkat',
      '3526014101900001;Siti Uji Impor;PPK;35.26.01;ANGGOTA;CALON;9',
      '12345;Baris Salah;PPK;35.26.01;ANGGOTA;CALON;3',
    ].join('\n');
    await page.getByTestId('member-csv').setInputFiles({
      name: 'anggota-uji.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\n`),
    });
    await page.getByText(/anggota-uji\.csv/).waitFor();
    await page.getByRole('button', { name: 'Unggah dan impor' }).click();
    await page.getByRole('heading', { name: 'anggota-uji.csv', level: 1 }).waitFor();
    await page.getByText(/^Selesai — 2 dari 2 baris diproses \(100%\)$/).waitFor();
    assert.equal(await page.getByTestId('import-imported').innerText(), '1');
    assert.equal(await page.getByTestId('import-rejected').innerText(), '1');
    const refused = page.getByRole('table', { name: 'Baris yang ditolak' });
    const line = refused.getByRole('row').filter({ hasText: MESSAGE_LABELS.INVALID_NIK.id });
    await line.waitFor();
    assert.match(await line.innerText(), /^3\s+nik\s+/);
    await page.screenshot({ path: join(SHOTS, 'directory-import-1280.png'), fullPage: true });

    await page.goto(`${servers.url}#/member-imports`);
    await page.getByRole('cell', { name: 'anggota-uji.csv' }).waitFor();
    await page.context().close();
  });

  it('declares a family tie for a member and publishes it with its URL', async () => {
    const page = await signedInPage(browser, servers.url, 'admin.ri');
    // From the member's page: the declaration form opens with that membership chosen.
    await page.goto(`${servers.url}#/members/m-kpps-35.26.03.1005-tps001-3/show`);
    await page.getByRole('heading', { name: 'Siti Marlina', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Catat pernyataan' }).click();
    const member = page.getByRole('combobox', { name: /Anggota yang menyatakan/ });
    await page.waitForFunction(
      (input) => input.value === 'Siti Marlina — KPPS TPS 001 Tunjung',
      await member.elementHandle(),
    );
    await page.getByLabel(/Nama kerabat/).fill('H. Abdul Karim');
    await choose(page, /^Hubungan/, 'Saudara kandung');
    await choose(page, /^Kedudukan kerabat/, 'Tim kampanye');
    await page.getByRole('button', { name: 'Simpan' }).click();

    await page.getByText(/Pernyataan Siti Marlina .*versi 1/).waitFor();
    // Corrected: the relation is a spouse, not a sibling (version 2).
    await choose(page, /^Hubungan/, 'Suami/istri');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText(/Pernyataan Siti Marlina .*versi 2/).waitFor();
    await page.getByRole('switch', { name: 'Umumkan kepada publik' }).check();
    await page.getByLabel(/Alamat halaman pengumuman/).fill('https://kab-bangkalan.kpu.go.id/pengumuman/uji');
    await page.getByRole('button', { name: 'Simpan pengumuman' }).click();
    await page.getByText('Pernyataan diumumkan.').waitFor();
    await page.getByText(/Pernyataan Siti Marlina .*versi 3/).waitFor();
    assert.equal(await page.getByRole('switch', { name: 'Umumkan kepada publik' }).isChecked(), true);

    await page.goto(`${servers.url}#/declarations`);
    await page
      .getByRole('row', { name: /H\. Abdul Karim/ })
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'directory-declarations-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('offers users and roles to the national admin only', async () => {
    const admin = await signedInPage(browser, servers.url, 'admin.ri');
    await admin.getByRole('menuitem', { name: 'Pengguna dan peran' }).click();
    await admin
      .getByRole('row', { name: /officer\.35\.26/ })
      .first()
      .waitFor();

    // Create an account, deactivate it, reset its password: each change with the version last read.
    const username = `petugas.uji.${Date.now().toString(36)}`;
    await admin.getByRole('link', { name: 'Buat akun' }).click();
    await admin.getByLabel(/^Nama pengguna/).fill(username);
    await admin.getByLabel(/^Nama tampilan/).fill('Petugas Uji');
    await choose(admin, /^Peran/, 'Petugas sekretariat');
    await choose(admin, /^KPU/, 'KPU Kabupaten Bangkalan');
    await admin.getByLabel(/^Kata sandi awal/).fill('kata-sandi-uji-panjang');
    await admin.getByRole('button', { name: 'Simpan' }).click();
    await admin.getByRole('heading', { name: 'Atur ulang kata sandi' }).waitFor();
    await admin.getByRole('switch', { name: 'Aktif' }).uncheck();
    await admin.getByRole('button', { name: 'Simpan' }).click();
    await admin.getByText('Akun disimpan.').waitFor();
    await admin.getByLabel(/^Kata sandi baru/).fill('kata-sandi-baru-panjang');
    await admin.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await admin.getByText(/Kata sandi diatur ulang/).waitFor();
    await admin.goto(`${servers.url}#/users`);
    await admin.getByLabel('Cari nama pengguna atau nama tampilan').fill(username);
    await admin.getByText(/^1–1 dari 1$/).waitFor();
    await admin.context().close();

    const officer = await signedInPage(browser, servers.url, 'officer.35.26');
    await officer.getByRole('menuitem', { name: 'Hubungan keluarga' }).waitFor();
    assert.equal(await officer.getByRole('menuitem', { name: 'Pengguna dan peran' }).count(), 0);
    await officer.goto(`${servers.url}#/users`);
    await officer.waitForTimeout(1000);
    assert.equal(await officer.getByRole('row', { name: /officer\.35\.26/ }).count(), 0);
    assert.equal(await menu(officer).getByText('Pengguna dan peran').count(), 0);
    await officer.context().close();
  });
});
