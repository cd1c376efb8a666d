/* global fetch, setTimeout */
// Starts the real API (SQLite in a fresh temp dir, demo data seeded) and `vite preview` of the built
// admin proxied to it (or the API alone serving the build, as in production), on free loopback ports;
// stops them (whole process groups) afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const adminDir = resolve(here, '..');
const apiDir = resolve(adminDir, '../api');

export const DEMO_PASSWORD = 'etik-demo-2024';

async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function start(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitFor(url, started, label, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`${label} exited early:\n${started.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${label} did not start within ${timeoutMs} ms:\n${started.output()}`);
}

function stop(started) {
  if (!started || started.child.exitCode !== null) return;
  try {
    process.kill(-started.child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * `production: true` starts the API alone, as deployed: NODE_ENV=production, serving the built admin
 * (`dist/`) at / on the same port. Otherwise the API in development mode and `vite preview` beside it.
 */
export async function startServers({ production = false } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'etik-admin-e2e-'));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const api = start(join(apiDir, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      ETIK_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: production ? 'production' : 'development',
      // The tests sign in with the demo logins; a production start seeds none unless asked.
      SEED_DEMO: 'true',
      ...(production ? { ADMIN_DIST_DIR: join(adminDir, 'dist') } : {}),
    },
  });
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/readyz`, api, 'API');
  } catch (error) {
    stop(api);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  if (production) {
    return {
      url: `http://127.0.0.1:${apiPort}/`,
      async stop() {
        stop(api);
        await new Promise((done) => setTimeout(done, 500));
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const web = start(
    join(adminDir, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(webPort), '--strictPort'],
    {
      cwd: adminDir,
      env: { ...process.env, ETIK_API_URL: `http://127.0.0.1:${apiPort}` },
    },
  );
  await waitFor(`http://127.0.0.1:${webPort}/`, web, 'vite preview', 60_000);
  return {
    url: `http://127.0.0.1:${webPort}/`,
    async stop() {
      stop(web);
      stop(api);
      await new Promise((done) => setTimeout(done, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
