// The browser tests of `pnpm test`: build the back office, then drive it in Debian's Chromium against the
// real API. Required in CI; on a machine without /usr/bin/chromium they are skipped, and the skip is said.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (!process.env.CI && !existsSync(CHROMIUM)) {
  console.log(
    `\n@etik/admin: no browser at ${CHROMIUM}, so the end-to-end tests are SKIPPED (apt-get install chromium)`,
  );
  process.exit(0);
}
console.log('\n@etik/admin end-to-end tests in Chromium');
const built = run('vite', ['build', '--logLevel', 'warn']);
process.exit(built || run(process.execPath, ['--test', '--test-concurrency=1', 'e2e/']));
