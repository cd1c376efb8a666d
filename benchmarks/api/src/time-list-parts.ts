import 'reflect-metadata';
import { loadConfig } from '@etik/api/dist/config.js';
import { initOrm } from '@etik/api/dist/db/orm.js';
import { listCases, filteredCases } from '@etik/api/dist/ethics-cases/ethics-case.service.js';
import { EthicsCaseRecord } from '@etik/api/dist/ethics-cases/ethics-case.entity.js';

const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(64), SQLITE_PATH: process.env.DB!, LOG_LEVEL: 'silent' });
const orm = await initOrm(config.db);
const user = { userId: 'u', username: 'admin.ri', role: 'nationalAdmin', commissionId: 'kpu-ri', commissionPath: '/kpu-ri/' } as const;
const filter = { commissionId: 'kpu-35.26', statuses: ['closed', 'discontinued'], receivedFrom: new Date('2024-01-01'), receivedTo: new Date('2025-01-01') };
const ctxOf = () => ({ em: orm.em.fork(), user, now: () => new Date(), requestId: 'r', clientIp: '', auditedReads: new Set(), deps: {} }) as never;
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < 100; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(40), t[50]!.toFixed(2), 'ms');
}
await time('listCases', () => listCases(ctxOf(), { filter, first: 50, sort: 'receivedAtDesc' } as never));
await time('count', async () => { const c = ctxOf(); const { qb } = await filteredCases(c, user as never, filter as never); return qb.clone().getCount(); });
await time('page getResultList', async () => { const c = ctxOf(); const { qb } = await filteredCases(c, user as never, filter as never); return qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).getResultList(); });
await time('page execute raw', async () => { const c = ctxOf(); const { qb } = await filteredCases(c, user as never, filter as never); return qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).execute('all'); });
await time('page + populate', async () => { const c = ctxOf() as { em: typeof orm.em }; const { qb } = await filteredCases(c as never, user as never, filter as never); const rows = await qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).getResultList(); await c.em.populate(rows as EthicsCaseRecord[], ['participants', 'commission'] as never); });
await time('listCases again', () => listCases(ctxOf(), { filter, first: 50, sort: 'receivedAtDesc' } as never));
await time('page + populate participants', async () => { const c = ctxOf() as { em: typeof orm.em }; const { qb } = await filteredCases(c as never, user as never, filter as never); const rows = await qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).getResultList(); await c.em.populate(rows as EthicsCaseRecord[], ['participants'] as never); });
await time('page + populate commission', async () => { const c = ctxOf() as { em: typeof orm.em }; const { qb } = await filteredCases(c as never, user as never, filter as never); const rows = await qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).getResultList(); await c.em.populate(rows as EthicsCaseRecord[], ['commission'] as never); });
const acc: Record<string, number> = {};
const mark = (k: string, s: number) => { acc[k] = (acc[k] ?? 0) + performance.now() - s; };
for (let i = 0; i < 120; i++) {
  const c = ctxOf() as { em: typeof orm.em };
  let s = performance.now();
  const { qb } = await filteredCases(c as never, user as never, filter as never); mark('filteredCases', s); s = performance.now();
  const cl = qb.clone(); mark('clone', s); s = performance.now();
  await cl.getCount(); mark('getCount', s); s = performance.now();
  const rows = await qb.orderBy({ receivedAt: 'desc', id: 'desc' }).limit(51).getResultList(); mark('page', s); s = performance.now();
  await c.em.populate(rows.slice(0, 50) as EthicsCaseRecord[], ['participants', 'commission'] as never); mark('populate', s);
}
for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(20), (v / 120).toFixed(2), 'ms avg');
await orm.close();
