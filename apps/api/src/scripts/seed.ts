// pnpm db:seed — migrates, then seeds the demo data if the database has no users yet. Asking for it is
// asking for the demo: its accounts share a published password (a real installation uses user:create-admin).
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { DEMO_PASSWORD, seedDemo } from '../db/seeders/demo-seeder.js';

const config = loadConfig();
const orm = await initOrm(config.db);
try {
  await migrate(orm);
  const seeded = await seedDemo(orm, { onlyIfEmpty: true });
  if (!seeded) {
    console.log('The database already has users; nothing seeded.');
  } else {
    console.log(
      `Seeded ${seeded.cases} cases and ${seeded.users.length} users (demo data: password "${DEMO_PASSWORD}" — not for real use):`,
    );
    for (const user of seeded.users)
      console.log(`  ${user.username.padEnd(22)} ${user.role.padEnd(20)} ${user.commissionId}`);
  }
} finally {
  await orm.close();
}
