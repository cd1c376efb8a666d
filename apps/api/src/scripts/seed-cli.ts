// pnpm db:seed [-- --scale demo|regency|national] [--regencies 35.26,11.71] [--cases N] [--seed N]
//                 [--keep-indexes]
// demo (the default) is `seed.ts`: migrate, then the demo data if the database has no users. regency and
// national migrate, then bulk-load the scale data (scale-seeder.ts) into the empty database.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    scale: { type: 'string', default: 'demo' },
    regencies: { type: 'string' },
    cases: { type: 'string' },
    seed: { type: 'string' },
    'keep-indexes': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const usage = `usage: pnpm --filter @etik/api db:seed [-- --scale demo|regency|national] [--regencies 35.26,11.71]
                                      [--cases N] [--seed N] [--keep-indexes]`;
const integer = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} must be a non-negative integer\n${usage}`);
    process.exit(2);
  }
  return value;
};

if (values.help) {
  console.log(usage);
} else if (values.scale === 'demo') {
  await import('./seed.js');
} else if (values.scale !== 'regency' && values.scale !== 'national') {
  console.error(`--scale must be demo, regency or national (got "${values.scale}")\n${usage}`);
  process.exit(2);
} else {
  const { loadConfig } = await import('../config.js');
  const { initOrm, migrate } = await import('../db/orm.js');
  const { seedScale } = await import('../db/seeders/scale-seeder.js');
  const { DEMO_PASSWORD } = await import('../db/seeders/demo-seeder.js');
  const config = loadConfig();
  const orm = await initOrm(config.db);
  try {
    await migrate(orm);
    const cases = integer('cases', values.cases);
    const seed = integer('seed', values.seed);
    console.log(
      `Seeding the ${values.scale} scale into ${config.db.driver === 'sqlite' ? `SQLite ${config.db.path}` : 'PostgreSQL'}`,
    );
    const summary = await seedScale(orm, {
      scale: values.scale,
      ...(values.regencies ? { regencies: values.regencies.split(',').map((code) => code.trim()) } : {}),
      ...(cases === undefined ? {} : { cases }),
      ...(seed === undefined ? {} : { seed }),
      keepIndexes: values['keep-indexes'],
      // The machine's load average beside each progress line: seed times depend on what else runs.
      onProgress: (line) =>
        console.log(line.startsWith('[') ? `${line} · load ${loadavg()[0]!.toFixed(1)}` : line),
    });
    console.log('Rows written:');
    for (const [table, rows] of Object.entries(summary.rows))
      console.log(`  ${table.padEnd(18)} ${rows.toLocaleString('en-US').padStart(12)}`);
    console.log(
      `${summary.users} logins (password "${DEMO_PASSWORD}": admin.ri, supervisor.<province>, analyst.<province>, ` +
        `officer.<regency>, commissioner.<regency>, examiner1..3.<regency>), ` +
        `${summary.membershipChanges} membership changes from cases, ${summary.fallbacks} cases seeded as received ` +
        `after the domain refused their first target${summary.fallbacks ? ` (${JSON.stringify(summary.refusals)})` : ''}.`,
    );
    const { seconds } = summary;
    console.log(
      `Done in ${seconds.total.toFixed(1)} s (load ${seconds.load.toFixed(1)} s, indexes ${seconds.indexes.toFixed(1)} s, ` +
        `analyze ${seconds.analyze.toFixed(1)} s).`,
    );
  } catch (error) {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await orm.close();
  }
}
