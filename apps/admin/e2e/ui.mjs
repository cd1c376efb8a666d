// What the end-to-end scenarios do through the back office's UI, in the words a clerk sees (Indonesian,
// the default locale). Nothing here talks to the API directly: every step is a click, a keystroke or a read.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from './servers.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(SHOTS, { recursive: true });

export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/**
 * A fresh browser context (its own localStorage, so its own session) signed in as `username`, on the
 * dashboard. The page boots the whole bundle, which takes seconds on a busy machine: hence the timeout.
 */
export async function signedInPage(browser, url, username, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await page.getByLabel(/Nama pengguna/).fill(username);
  await page.getByLabel(/Kata sandi/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Batas waktu yang perlu perhatian' }).waitFor();
  return page;
}

/** "YYYY-MM-DDTHH:mm" of the current minute in the page's zone (moved by `plusDays`): what a
 * datetime-local input takes. */
export const localMinute = (page, plusDays = 0) =>
  page.evaluate((days) => {
    const at = new Date(Date.now() + days * 86_400_000);
    return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, plusDays);

/** Picks, in the examination-team seat `seat`, the candidate the typed `text` (a name or a person id)
 * finds first; returns the option's text (name, role, commission and any conflict). */
export async function pickCandidate(form, seat, text) {
  const input = form.getByRole('combobox', { name: seat });
  await input.fill(text);
  const option = form.page().getByRole('listbox').getByRole('option').first();
  const shown = (await option.innerText()).trim();
  await option.click();
  return shown;
}

/** "YYYY-MM-DD" in WIB, `daysAgo` days back. */
export const wibDay = (daysAgo) =>
  new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * Chooses `option` in the MUI select named `name` (a string exactly; a RegExp for a required input, whose
 * name ends in " *"): a string is matched exactly, a RegExp as given (first
 * match), a number is the nth non-empty choice. Returns the chosen option's text.
 */
export async function choose(scope, name, option) {
  await scope.getByRole('combobox', { name, exact: typeof name === 'string' }).click();
  const listbox = scope.page ? scope.page().getByRole('listbox') : scope.getByRole('listbox');
  const item =
    typeof option === 'number'
      ? listbox.getByRole('option').filter({ hasText: /\w/ }).nth(option) // skips the empty choice
      : listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).first();
  const chosen = (await item.innerText()).trim();
  await item.click();
  await listbox.waitFor({ state: 'detached' });
  return chosen;
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Files a complete complaint through the wizard (publicComplaint, a named complainant, one respondent,
 * the event, the chronology, two pieces of evidence) and returns the new case's id from the "open case"
 * link. `respondent` is either `{ onRecord: true }` (the first KPPS member on record) or `{ name }` typed in.
 */
export async function fileThroughWizard(
  page,
  url,
  { respondent = { onRecord: true }, shot, daysAgo = 0, election } = {},
) {
  await page.goto(`${url}#/cases/create`);
  await page.getByRole('heading', { name: 'Catat aduan baru', level: 1 }).waitFor();
  const step = (name) => page.getByRole('button', { name: new RegExp(`${name}$`) }).click();
  // `daysAgo`: a complaint received that many days ago (a session can then have been held since).
  if (daysAgo > 0) {
    await page.getByLabel(/^Waktu aduan diterima/).fill(await localMinute(page, -daysAgo));
  }

  await step('Pengadu');
  await page.getByLabel('Nama pengadu').fill(`Pengadu Uji ${unique()}`);
  await page.getByLabel('NIK atau nomor identitas').fill('3526014101900001');
  await page.getByLabel('Alamat').fill('Jl. Trunojoyo 1, Bangkalan');
  await page.getByLabel('Nomor telepon').fill('081234567890');

  await step('Teradu');
  const row = page.getByRole('group', { name: 'Teradu' });
  let respondentName;
  if (respondent.onRecord) {
    await choose(row, 'Badan adhoc', /^KPPS /);
    respondentName = (await choose(row, 'Anggota yang diadukan', 0)).replace(/ \(.*\)$/, '');
    await row.getByLabel('Nama teradu (jika belum ada di data anggota)').waitFor();
  } else {
    respondentName = respondent.name;
    await row.getByLabel('Nama teradu (jika belum ada di data anggota)').fill(respondentName);
    await row.getByLabel('Nama badan adhoc').fill('KPPS TPS 009 Uji');
    await choose(row, 'Jenis badan adhoc', /^KPPS /);
    await choose(row, 'Jabatan', 'Anggota');
  }

  await step('Peristiwa');
  await page.getByLabel('Waktu kejadian').fill(wibDay(2 + daysAgo));
  await page.getByLabel('Tempat kejadian').fill('TPS 001');
  await page.getByLabel('Diketahui pada').fill(wibDay(1 + daysAgo));
  // `election`: `{ name, stage }`, the election and its stage in which the act took place.
  if (election) {
    await choose(page, 'Pemilihan', election.name);
    await choose(page, 'Tahapan', new RegExp(`^${election.stage}`));
  }

  await step('Kronologi');
  await page
    .getByLabel('Uraian kejadian')
    .fill(
      'Teradu membagikan kaos salah satu pasangan calon kepada pemilih di TPS 001 saat pemungutan suara.',
    );

  await step('Alat bukti');
  const evidence = page.getByRole('group', { name: 'Alat bukti' });
  await choose(evidence, 'Jenis alat bukti', 0);
  await evidence.getByRole('textbox', { name: 'Keterangan' }).fill('Foto kaos yang dibagikan');
  await page.getByRole('button', { name: 'Tambah' }).click();
  await choose(evidence.getByRole('listitem').nth(1), 'Jenis alat bukti', 1);
  const check = page.getByRole('alert').filter({ hasText: 'Pemeriksaan kelengkapan' });
  try {
    await check.getByText('Syarat formil dan materiil lengkap.').waitFor({ timeout: 15_000 });
  } catch {
    throw new Error(`the wizard's completeness check still says: ${await check.innerText()}`);
  }
  if (shot) await page.screenshot({ path: join(SHOTS, shot), fullPage: true });

  await page.getByRole('button', { name: 'Catat aduan' }).click();
  await page.getByText('Aduan tercatat. Tanda terima tetap wajib diberikan.').waitFor();
  const href = await page.getByRole('link', { name: 'Buka perkara' }).getAttribute('href');
  const id = decodeURIComponent(/#\/cases\/([^/]+)\/show/.exec(href ?? '')?.[1] ?? '');
  if (!id) throw new Error(`no case id in the "open case" link: ${href}`);
  return { id, respondentName };
}

export const caseUrl = (url, id) => `${url}#/cases/${encodeURIComponent(id)}/show`;

/** The case page of `id`, once its summary shows `status` (a status label), as the API has it now. */
export async function openCase(page, url, id, status) {
  // Going to the URL the page already shows would not even re-read the case: leave it first.
  if (page.url() === caseUrl(url, id)) await page.goto(`${url}#/profile`);
  await page.goto(caseUrl(url, id));
  await expectStatus(page, status);
  return page.getByRole('toolbar', { name: 'Langkah berikutnya' });
}

/** Waits for the status chip of the case summary to read `status` (a status label). */
export const expectStatus = (page, status) =>
  page
    .getByRole('region', { name: 'Ringkasan' })
    .locator('.MuiChip-label')
    .getByText(status, { exact: true })
    .waitFor();

/**
 * Gives `command` (its label) from the action bar: opens its dialog, lets `fill` fill the form, submits
 * (a form's "Simpan", or the confirmation button named after the command) and waits for the notice.
 */
export async function give(page, command, fill) {
  const toolbar = page.getByRole('toolbar', { name: 'Langkah berikutnya' });
  await toolbar.getByRole('button', { name: command, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: command });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: fill ? 'Simpan' : command, exact: true }).click();
  await page.getByText(`Tercatat: ${command}`).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

/** The person id an examiner's own profile page shows (the API has no list of examiners yet). */
export async function personIdOf(page, url) {
  await page.goto(`${url}#/profile`);
  const term = page.getByText('ID orang', { exact: true });
  await term.waitFor();
  return (await term.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}
