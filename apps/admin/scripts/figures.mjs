// Figures of the back office, printed (not judged): the production bundle's size, the time to a usable
// dashboard, and the time to render a 50-row case list once its data has arrived.
//
//   pnpm --filter @etik/admin bench          (or `pnpm bench` at the root; RUNS=5 by default)
//   node scripts/figures.mjs --no-build      (measure the dist/ already built)
//
// Builds the admin (`vite build`), then starts the real API as in production — NODE_ENV=production,
// serving dist/ at / — on a fresh SQLite file with the demo data, and drives Debian's Chromium
// (`/usr/bin/chromium`, or CHROMIUM_PATH) headless with playwright-core. No figure is asserted.
/* global document, window, localStorage, performance, requestAnimationFrame, MutationObserver, Response, fetch, Element */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEMO_PASSWORD, startServers } from '../e2e/servers.mjs';
import { launchBrowser, CHROMIUM } from '../e2e/ui.mjs';

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(adminDir, 'dist/assets');
const RUNS = Number(process.env.RUNS ?? 5);
const ROWS = 50;
const SESSION_KEY = 'etik.session';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(0)} ms`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) =>
  `median ${ms(median(values))}  (runs: ${values.map((value) => value.toFixed(0)).join(', ')} ms)`;

function build() {
  if (process.argv.includes('--no-build')) return;
  console.log('building the admin (vite build)…');
  const started = Date.now();
  const result = spawnSync(join(adminDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: adminDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status ?? result.error?.message})`);
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** The files index.html loads itself (the first load); any other chunk is fetched later, if at all. */
function entryFiles() {
  const html = readFileSync(join(adminDir, 'dist/index.html'), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="\/?assets\/([^"]+)"/g)].map(([, name]) => name));
}

function bundleSizes() {
  if (!existsSync(assets))
    throw new Error(`no ${assets}: run \`vite build\` (pnpm --filter @etik/admin build) first`);
  console.log(
    `1. Production bundle (dist/assets, built ${statSync(assets).mtime.toISOString()}; gzip = zlib level 9)`,
  );
  const rows = readdirSync(assets)
    .sort()
    .map((name) => {
      const content = readFileSync(join(assets, name));
      return { name, raw: statSync(join(assets, name)).size, gzip: gzipSync(content, { level: 9 }).length };
    });
  const width = Math.max('first load (what index.html loads)'.length, ...rows.map((row) => row.name.length));
  for (const row of rows) {
    const note = row.name.endsWith('.map')
      ? '  (source map: not downloaded by browsers)'
      : entryFiles().has(row.name)
        ? '  (first load)'
        : '  (loaded on demand)';
    console.log(
      `   ${row.name.padEnd(width)}  raw ${kb(row.raw).padStart(10)}  gzip ${kb(row.gzip).padStart(9)}${note}`,
    );
  }
  const shipped = rows.filter((row) => !row.name.endsWith('.map'));
  const entry = entryFiles();
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
  const line = (title, list) =>
    console.log(
      `   ${title.padEnd(width)}  raw ${kb(sum(list, 'raw')).padStart(10)}  gzip ${kb(sum(list, 'gzip')).padStart(9)}`,
    );
  line(
    'first load (what index.html loads)',
    shipped.filter((row) => entry.has(row.name)),
  );
  line('total shipped (without maps)', shipped);
}

async function graphql(url, query, variables, token) {
  const response = await fetch(new URL('graphql', url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(query.startsWith('mutation') ? { 'idempotency-key': randomUUID() } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The demo data has 21 cases; a 50-row page needs more. They are filed here through the API's own
 * `fileCase` mutation (a fixture for the measurement, outside it), as officer.35.26.
 */
async function seedCases(url) {
  const { login } = await graphql(
    url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'officer.35.26', p: DEMO_PASSWORD },
  );
  const count = async () =>
    (await graphql(url, '{ cases(first: 1) { totalCount } }', {}, login.token)).cases.totalCount;
  const before = await count();
  for (let index = before; index < ROWS + 5; index += 1) {
    await graphql(
      url,
      'mutation ($input: FileCaseInput!) { fileCase(input: $input) { ethicsCase { id } } }',
      {
        input: {
          receivedAt: new Date().toISOString(),
          complaint: {
            source: 'publicComplaint',
            complainant: { name: `Pengadu Ukur ${index}`, address: 'Bangkalan' },
            respondents: [{ name: `Teradu Ukur ${index}`, bodyType: 'kpps', position: 'member' }],
            chronology: 'Aduan untuk mengukur tampilan daftar perkara.',
          },
        },
      },
      login.token,
    );
  }
  return { before, after: await count() };
}

/** A session as the app stores it, from a sign-in through the login form. */
async function sessionFromLoginForm(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await page.getByLabel(/Nama pengguna/).fill('officer.35.26');
  await page.getByLabel(/Kata sandi/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Batas waktu yang perlu perhatian' }).waitFor();
  const session = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
  await context.close();
  return session;
}

/** A cold context (empty HTTP cache), signed in already when `session` is given, with the probes installed. */
async function measuredPage(browser, session) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Jakarta',
  });
  await context.addInitScript(
    ([key, value]) => {
      if (value) localStorage.setItem(key, value);
      const probes = (window.__figures = {});
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
      // Data arrival: the `Cases` query's response has been read in full (then handed to the app as is).
      const originalFetch = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const response = await originalFetch(input, init);
        const body = typeof init?.body === 'string' ? init.body : '';
        if (!body.includes('query Cases(') || !/"first":\s*50\b/.test(body)) return response;
        const text = await response.text();
        probes.casesDataAt ??= performance.now();
        return new Response(text, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      };
      // The moment the sign-in button is pressed (capture phase: before the app handles it).
      document.addEventListener(
        'click',
        (event) => {
          const button =
            event.target instanceof Element ? event.target.closest('button[type="submit"]') : null;
          if (button && probes.loginClickAt === undefined) probes.loginClickAt = performance.now();
        },
        true,
      );
      // What is on screen: checked on every DOM change, then the next animation frame (≈ when it is painted).
      // "Usable dashboard" = the overdue list (from overdueCases) holds a case and a chart holds its bars.
      const observer = new MutationObserver(() => {
        if (probes.dashboardDomAt === undefined) {
          const overdue = document.querySelector('#dashboard-overdue-list li');
          const chart = document.querySelector('ul[aria-label^="Grafik batang"] li');
          if (overdue && chart) {
            probes.dashboardDomAt = performance.now();
            void frame().then((at) => (probes.dashboardAt = at));
          }
        }
        if (probes.casesDataAt !== undefined && probes.rowsAt === undefined) {
          // Datagrid rows proper: the loading skeleton's rows lack this class.
          if (document.querySelectorAll('tbody tr.RaDatagrid-row').length >= 50) {
            probes.rowsDomAt = performance.now();
            probes.rowsAt = -1;
            void frame().then((at) => (probes.rowsAt = at));
          }
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    },
    [SESSION_KEY, session],
  );
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  return page;
}

const probe = (page, name) =>
  page
    .waitForFunction((key) => (window.__figures?.[key] ?? -1) > 0, name, { timeout: 120_000 })
    .then(() => page.evaluate(() => window.__figures));

async function main() {
  console.log(`@etik/admin figures — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `browser: ${CHROMIUM}, headless, 1280×900, no CPU or network throttling; the API serves dist/ on loopback\n`,
  );
  build();
  bundleSizes();

  const servers = await startServers({ production: true });
  const browser = await launchBrowser();
  try {
    const seeded = await seedCases(servers.url);
    const session = await sessionFromLoginForm(browser, servers.url);

    console.log(`\n2. Time to the first usable dashboard (officer.35.26, demo data, ${RUNS} runs each)`);
    console.log(
      '   "Usable" = the overdue list (overdueCases) shows a case and a chart (caseStatistics) shows its bars:',
    );
    console.log(
      '   a MutationObserver sees both in the DOM; the time is read in the next animation frame. Each run is',
    );
    console.log(
      '   a fresh browser context (empty HTTP cache): download, parse and boot of the bundle included.',
    );
    const afterLogin = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await measuredPage(browser);
      await page.goto(servers.url);
      await page.getByLabel(/Nama pengguna/).fill('officer.35.26');
      await page.getByLabel(/Kata sandi/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      const figures = await probe(page, 'dashboardAt');
      afterLogin.push(figures.dashboardAt - figures.loginClickAt);
      await page.context().close();
    }
    console.log(`   a) "Masuk" pressed → usable dashboard:            ${spread(afterLogin)}`);
    const dashboard = [];
    const dashboardDom = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await measuredPage(browser, session);
      await page.goto(servers.url);
      const figures = await probe(page, 'dashboardAt');
      dashboard.push(figures.dashboardAt);
      dashboardDom.push(figures.dashboardDomAt);
      await page.context().close();
    }
    console.log(`   b) signed in already, navigation → usable (frame): ${spread(dashboard)}`);
    console.log(`      signed in already, navigation → in the DOM:     ${spread(dashboardDom)}`);

    console.log(`\n3. Time to render a ${ROWS}-row case list after its data arrives (${RUNS} runs)`);
    console.log(
      `   Fixture: the demo data has ${seeded.before} cases in officer.35.26's jurisdiction; ${seeded.after - seeded.before} more were filed`,
    );
    console.log(
      `   through the API's fileCase mutation before measuring, so the first page of ${ROWS} is full (${seeded.after} cases).`,
    );
    console.log(
      '   Method: from the dashboard (app booted), the hash changes to #/cases?perPage=50. A fetch wrapper',
    );
    console.log(
      '   installed before the app marks performance.now() when the response of the `Cases` query with',
    );
    console.log(
      `   first: ${ROWS} has been read in full; a MutationObserver marks when tbody holds ${ROWS} rows, and the next`,
    );
    console.log(
      '   animation frame after that is taken as "rendered". Render time = that frame − data arrival: JSON',
    );
    console.log("   parse, the data provider, react-query and react-admin's Datagrid render of the rows.");
    const rows = [];
    const rowsDom = [];
    const network = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await measuredPage(browser, session);
      await page.goto(servers.url);
      await probe(page, 'dashboardAt');
      const navigatedAt = await page.evaluate(() => {
        window.location.hash = '#/cases?page=1&perPage=50&sort=receivedAt&order=DESC';
        return performance.now();
      });
      const figures = await probe(page, 'rowsAt');
      const count = await page.locator('tbody tr.RaDatagrid-row').count();
      if (count !== ROWS) throw new Error(`expected ${ROWS} rows, found ${count}`);
      rows.push(figures.rowsAt - figures.casesDataAt);
      rowsDom.push(figures.rowsDomAt - figures.casesDataAt);
      network.push(figures.casesDataAt - navigatedAt);
      await page.context().close();
    }
    console.log(`   data arrived → ${ROWS} rows visible (next frame): ${spread(rows)}`);
    console.log(`   data arrived → ${ROWS} rows in the DOM:           ${spread(rowsDom)}`);
    console.log(`   (for scale) route change → data arrived:      ${spread(network)}`);
  } finally {
    await browser.close();
    await servers.stop();
  }
}

await main();
