// The browser tests of `pnpm test`: build the back office, then drive it in Debian's Chromium against the
// real API. Required in CI; on a machine without /usr/bin/chromium they are skipped, and the skip is said.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The package's own vite, so this also works when run with plain `node` (no pnpm-provided PATH).
const VITE = join(adminDir, 'node_modules/.bin/vite');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: adminDir });
  if (result.error) console.error(`@etik/admin: could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
};

if (!process.env.CI && !existsSync(CHROMIUM)) {
  console.log(
    `\n@etik/admin: no browser at ${CHROMIUM}, so the end-to-end tests are SKIPPED (apt-get install chromium)`,
  );
  process.exit(0);
}
console.log('\n@etik/admin end-to-end tests in Chromium');
const built = run(VITE, ['build', '--logLevel', 'warn']);
process.exit(built || run(process.execPath, ['--test', '--test-concurrency=1', 'e2e/']));
