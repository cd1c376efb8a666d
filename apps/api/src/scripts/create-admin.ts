// pnpm --filter @etik/api user:create-admin -- --username <name> [--display-name <name>]
// The first national administrator of a real installation (or another one later): migrates, loads the
// regions and commissions into an empty database, and creates the account at KPU RI, audited. The password
// comes from ETIK_ADMIN_PASSWORD when it is set (scripts), else from standard input: typed twice at a prompt
// that does not echo on a terminal, or the first line piped in. A weak password (the policy of createUser)
// or a taken username is refused with its code and exit code 1; a usage error exits with 2.
import 'reflect-metadata';
import { labelOf, messageOf, type WeakPasswordReason } from '@etik/domain';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { seedReferenceData } from '../db/seeders/demo-seeder.js';
import { createAdminFromCommandLine } from '../users/user.service.js';

const usage = `usage: pnpm --filter @etik/api user:create-admin -- --username <name> [--display-name <name>]
  The password is read from ETIK_ADMIN_PASSWORD, or else from standard input (a prompt without echo).`;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    username: { type: 'string' },
    'display-name': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const username = values.username?.trim() ?? fail('give --username');

/** One line typed at a terminal, echoing nothing; Ctrl-C stops. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of a piped standard input. */
async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin.setEncoding('utf8')) {
    text += chunk as string;
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ETIK_ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await promptHidden(`Password for ${username}: `);
  const again = await promptHidden('The same password again: ');
  if (first !== again) fail('The two passwords differ.');
  return first;
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const password = await readPassword();
const orm = await initOrm(config.db);
try {
  await migrate(orm);
  const loaded = await seedReferenceData(orm);
  if (loaded) console.log(`Loaded ${loaded.regions} regions and ${loaded.commissions} commissions.`);
  const result = await createAdminFromCommandLine(orm, {
    username,
    displayName: values['display-name']?.trim() || username,
    password,
  });
  if (result.ok) {
    console.log(`Created the national administrator ${result.value.username} (${result.value.id}).`);
  } else {
    const errors = (result.error.errors as { code: string; reason?: string }[] | undefined) ?? [result.error];
    for (const error of errors) {
      const reason = error.reason
        ? ` ${labelOf('weakPasswordReason', error.reason as WeakPasswordReason, 'en')}.`
        : '';
      console.error(`Refused: ${error.code}: ${messageOf(error.code, 'en')}.${reason}`);
    }
    process.exitCode = 1;
  }
} finally {
  await orm.close();
}
