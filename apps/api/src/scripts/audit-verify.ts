// pnpm audit:verify [--expect-head <chain>:<seq>:<hash>]… [--without-checkpoints]
// Recomputes every audit chain and checks it against its signed checkpoints; exits 1 on any problem.
// It prints each chain's head: note them outside the database and pass them back with --expect-head,
// the one way to see the trail and its checkpoints rolled back together to an earlier state.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain, type ExpectedHead } from '../audit/audit-trail.js';
import { describeProblem } from '../audit/audit-report.js';
import { loadConfig } from '../config.js';
import { initOrm } from '../db/orm.js';

function parseArgs(argv: readonly string[]): { expectHeads: ExpectedHead[]; withoutCheckpoints: boolean } {
  const expectHeads: ExpectedHead[] = [];
  let withoutCheckpoints = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--without-checkpoints') withoutCheckpoints = true;
    else if (arg === '--expect-head' || arg.startsWith('--expect-head=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[(i += 1)];
      const match = /^(.+):(\d+):([0-9a-f]{64})$/.exec(value ?? '');
      if (!match) throw new Error(`--expect-head wants <chain>:<seq>:<hash> (got "${value ?? ''}")`);
      expectHeads.push({ chain: match[1]!, seq: Number(match[2]), hash: match[3]! });
    } else throw new Error(`unknown argument "${arg}"`);
  }
  return { expectHeads, withoutCheckpoints };
}

const args = parseArgs(process.argv.slice(2));
// Never invent a key here: a fresh one would only make every checkpoint look forged.
const config = loadConfig(process.env, { createAuditKey: false });
const orm = await initOrm(config.db);
try {
  const result = await verifyAuditChain(orm.em.fork() as unknown as EntityManager, {
    expectHeads: args.expectHeads,
  });
  for (const chain of result.chains) {
    const head = chain.head ? `head ${chain.head.seq} ${chain.head.hash}` : 'no rows';
    const line = `chain ${chain.chain}: ${chain.rows} rows, ${head}, ${chain.checkpoints} checkpoints`;
    if (chain.problems.length === 0) console.log(`${line}: intact`);
    else {
      console.error(`${line}: BROKEN`);
      for (const problem of chain.problems) console.error(`  - ${describeProblem(problem)}`);
    }
  }
  if (result.ok)
    console.log(`Audit trail intact: ${result.rows} rows in ${result.chains.length} chains verified.`);
  else {
    console.error(`Audit trail BROKEN: see above (${result.rows} rows in ${result.chains.length} chains).`);
    process.exitCode = 1;
  }
  if (!result.checkpointsChecked) {
    console.error(
      'No audit key (ETIK_AUDIT_KEY, ETIK_AUDIT_KEY_FILE or <data dir>/audit-key): the checkpoints could not be ' +
        'checked, so a shortened or re-chained trail would go unnoticed.',
    );
    if (config.nodeEnv === 'production' && !args.withoutCheckpoints) process.exitCode = 1;
  }
  const heads = result.chains
    .filter((chain) => chain.head)
    .map((c) => `${c.chain}:${c.head!.seq}:${c.head!.hash}`);
  if (result.ok && heads.length > 0) {
    console.log('Note these heads outside the database; a later run with them shows a rollback:');
    for (const head of heads) console.log(`  --expect-head ${head}`);
  }
} finally {
  await orm.close();
}
