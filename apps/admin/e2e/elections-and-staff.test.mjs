/* global fetch, crypto */
// End-to-end: elections and their stages (national administrator), a case filed in an election's stage,
// a member appointed from the body page, and a commissioner's own family-tie declaration — the built back
// office against the real API on SQLite with the demo data, in Debian's Chromium. Every step under test
// is done through the UI; only the setup (finding a body with a free seat, giving the demo commissioner a
// person record, which the demo data leaves out) asks the API directly.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, startServers } from './servers.mjs';
import { caseUrl, choose, fileThroughWizard, launchBrowser, SHOTS, signedInPage, wibDay } from './ui.mjs';

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

/** One GraphQL call to the API behind the preview server (setup only). */
async function api(query, variables = {}, token) {
  const response = await fetch(`${servers.url}graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(/^\s*mutation/.test(query) ? { 'Idempotency-Key': crypto.randomUUID() } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`API refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(username) {
  const { login } = await api(
    `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) {
      token viewer { commission { id } } } }`,
    { username, password: DEMO_PASSWORD },
  );
  return { token: login.token, commissionId: login.viewer.commission.id };
}

const suffix = Date.now().toString(36).slice(-4);
const election = { name: `Pemilu Uji ${suffix}`, stages: ['Kampanye uji', 'Pemungutan suara uji'] };
/** A valid NIK of a person born in Bangkalan (35.26.01) on `ddmmyy`, with a serial from the clock. */
const nikOf = (ddmmyy) => `352601${ddmmyy}${String((Date.now() % 9000) + 1000)}`;

describe('elections, appointments and staff declarations against the real API', () => {
  it('the national admin records an election with two stages, a stage outside it refused at its field', async () => {
    const page = await signedInPage(browser, servers.url, 'admin.ri');
    await page.getByRole('menuitem', { name: 'Pemilihan' }).click();
    await page.getByRole('link', { name: 'Catat pemilihan' }).click();
    await page.getByLabel(/^Nama pemilihan/).fill(election.name);
    await page
      .getByLabel(/^Mulai/)
      .first()
      .fill(wibDay(90));
    await page
      .getByLabel(/^Selesai/)
      .first()
      .fill(wibDay(-60));
    const stages = page.locator('.RaSimpleFormIterator-line');
    for (const [index, name] of election.stages.entries()) {
      await page.getByRole('button', { name: 'Tambah' }).click();
      const line = stages.nth(index);
      await line.getByLabel(/^Nama tahapan/).fill(name);
      // The first stage runs up to today; the second is meant to start tomorrow, but first it is given
      // dates past the election's end, which the API refuses.
      await line.getByLabel(/^Mulai/).fill(index === 0 ? wibDay(60) : wibDay(-1));
      await line.getByLabel(/^Selesai/).fill(index === 0 ? wibDay(0) : wibDay(-90));
    }
    await page.getByRole('button', { name: 'Simpan' }).click();
    await stages.nth(1).getByText('Tahapan harus berada dalam rentang tanggal pemilihan').waitFor();
    await stages
      .nth(1)
      .getByLabel(/^Selesai/)
      .fill(wibDay(-30));
    await page.getByRole('button', { name: 'Simpan' }).click();

    await page.waitForURL(/#\/elections\/[^/]+\/show$/);
    election.id = decodeURIComponent(/#\/elections\/([^/]+)\/show$/.exec(page.url())[1]);
    await page.getByText(election.name).first().waitFor();
    for (const name of election.stages) await page.getByRole('cell', { name }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'election-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('an officer files a case in that election and stage, and sees both on the case page', async () => {
    const page = await signedInPage(browser, servers.url, 'officer.35.26');
    // Other roles have no menu entry nor editing routes, but may read the list.
    assert.equal(await page.getByRole('menuitem', { name: 'Pemilihan' }).count(), 0);
    const { id } = await fileThroughWizard(page, servers.url, {
      election: { name: election.name, stage: election.stages[0] },
    });
    await page.goto(caseUrl(servers.url, id));
    const summary = page.getByRole('region', { name: 'Ringkasan' });
    await summary.getByText(election.name).waitFor();
    await summary.getByText(election.stages[0], { exact: true }).waitFor();

    const filter = encodeURIComponent(JSON.stringify({ electionId: election.id }));
    await page.goto(`${servers.url}#/cases?filter=${filter}`);
    await page
      .getByRole('combobox', { name: /Pemilihan/ })
      .filter({ hasText: election.name })
      .waitFor();
    await page.getByText(/^1–1 dari 1$/).waitFor();
    await page.context().close();
  });

  it('an officer appoints a new person into a body with a free seat', async () => {
    const officer = await signIn('officer.35.26');
    const { bodies } = await api(
      `query Bodies($filter: BodyFilter) { bodies(filter: $filter, first: 100) { nodes { id type activeMemberCount regionCode } } }`,
      { filter: { commissionId: officer.commissionId, dissolved: false, types: ['kpps'] } },
      officer.token,
    );
    // The demo's bodies are full: form a new KPPS beside one of them (its seats all free).
    const village = bodies.nodes[0].regionCode;
    const { createAdhocBody: body } = await api(
      `mutation Form($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) { id } }`,
      {
        input: {
          type: 'kpps',
          name: `KPPS TPS Uji ${suffix}`,
          regionCode: village,
          tpsNumber: 900 + (Date.now() % 99),
        },
      },
      officer.token,
    );

    const page = await signedInPage(browser, servers.url, 'officer.35.26');
    await page.goto(`${servers.url}#/adhoc-bodies/${encodeURIComponent(body.id)}/show`);
    await page.getByRole('button', { name: 'Angkat anggota' }).click();
    const dialog = page.getByRole('dialog');
    const name = `Anggota Uji ${suffix}`;
    await dialog.getByLabel(/^NIK/).fill(nikOf('450790'));
    await dialog.getByLabel(/^Nama/).fill(name);
    await dialog.getByLabel(/^Nomor SK pengangkatan/).fill(`SK-${suffix}/2026`);
    await dialog.getByRole('button', { name: 'Angkat', exact: true }).click();
    await page.getByText('Anggota diangkat.').waitFor();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'appointment-1280.png'), fullPage: true });
    await page.context().close();
  });

  it('a commissioner declares their own family tie for the election', async () => {
    const admin = await signIn('admin.ri');
    const officer = await signIn('officer.35.26');
    const { staffPersons } = await api(
      `query Staff($commissionId: ID!) { staffPersons(commissionId: $commissionId) { userId username version personId } }`,
      { commissionId: officer.commissionId },
      admin.token,
    );
    const commissioner = staffPersons.find((account) => account.username === 'commissioner.35.26');
    const commissionerName = `Komisioner Uji ${suffix}`;
    if (!commissioner.personId) {
      await api(
        `mutation Give($userId: ID!, $expectedVersion: Int!, $person: NewStaffPersonInput) {
          giveUserPerson(userId: $userId, expectedVersion: $expectedVersion, person: $person) { id } }`,
        {
          userId: commissioner.userId,
          expectedVersion: commissioner.version,
          person: { nik: nikOf('120385'), name: commissionerName, sex: 'male' },
        },
        admin.token,
      );
    }

    const page = await signedInPage(browser, servers.url, 'commissioner.35.26');
    await page.goto(`${servers.url}#/declarations/create`);
    await page.getByLabel(/Nama kerabat/).fill('Hj. Fatimah Uji');
    await choose(page, /^Hubungan/, 'Saudara kandung');
    await choose(page, /^Kedudukan kerabat/, 'Tim kampanye');
    await choose(page, 'Pemilihan', election.name);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(/Pernyataan .*\(Komisioner\/staf\), versi 1/).waitFor();

    await page.goto(`${servers.url}#/declarations`);
    const row = page.getByRole('row', { name: /Hj\. Fatimah Uji/ }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /Komisioner\/staf/);
    assert.match(await row.innerText(), new RegExp(election.name));
    await page.screenshot({ path: join(SHOTS, 'staff-declaration-1280.png'), fullPage: true });
    await page.context().close();
  });
});
