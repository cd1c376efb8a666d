// A child process for the command bench: the writers' streams of commands run here, so the load generator
// has its own event loop (and core), not the server's — as autocannon does for the read loads. Each writer
// sends one command at a time, cycling over its own cases: add an allegation, remove it again. The cases
// are disjoint, so a CONFLICT here would be a bug, and it is counted apart.
import { fileURLToPath } from 'node:url';
import { graphql, type GraphQLAnswer } from './http-post.js';

export interface WriterCase {
  readonly id: string;
  version: number;
  readonly membershipId: string;
  readonly behaviour: string;
}

export interface WritersTask {
  readonly url: string;
  readonly seconds: number;
  readonly writers: readonly { readonly token: string; readonly cases: WriterCase[] }[];
}

export interface WritersOutcome {
  readonly commands: number;
  readonly seconds: number;
  /** Milliseconds per command, sorted. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Refusals and failures by code (expected: none). */
  readonly failures: Record<string, number>;
}

export const ADD_ALLEGATION = `mutation ($caseId: ID!, $expectedVersion: Int!, $allegation: AllegationInput!) {
  addAllegation(caseId: $caseId, expectedVersion: $expectedVersion, allegation: $allegation) {
    version allegations { id respondentMembershipId behaviour }
  }
}`;
export const REMOVE_ALLEGATION = `mutation ($caseId: ID!, $expectedVersion: Int!, $allegationId: ID!) {
  removeAllegation(caseId: $caseId, expectedVersion: $expectedVersion, allegationId: $allegationId) { version }
}`;

export const allegationOf = (membershipId: string, behaviour: string) => ({
  respondentMembershipId: membershipId,
  principle: 'independent',
  behaviour,
  description: 'Teradu diduga melanggar kode etik (uji beban).',
});

/** The allegation an addAllegation answer shows for this respondent and behaviour. */
export const addedAllegationId = (answer: GraphQLAnswer, membershipId: string, behaviour: string) =>
  (
    answer.data?.addAllegation?.allegations as
      { id: string; respondentMembershipId: string; behaviour: string }[] | undefined
  )?.find((a) => a.respondentMembershipId === membershipId && a.behaviour === behaviour)?.id;

const codeOf = (answer: GraphQLAnswer): string => String(answer.errors?.[0]?.extensions?.code ?? 'NO_DATA');

async function runWriters(task: WritersTask): Promise<WritersOutcome> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const fail = (code: string) => (failures[code] = (failures[code] ?? 0) + 1);
  const started = performance.now();
  const deadline = started + task.seconds * 1000;
  const timed = async (query: string, variables: Record<string, unknown>, token: string) => {
    const start = performance.now();
    const answer = await graphql(task.url, query, variables, token);
    latencies.push(performance.now() - start);
    return answer;
  };
  await Promise.all(
    task.writers.map(async ({ token, cases }) => {
      for (let turn = 0; performance.now() < deadline; turn += 1) {
        const ethicsCase = cases[turn % cases.length]!;
        const added = await timed(
          ADD_ALLEGATION,
          {
            caseId: ethicsCase.id,
            expectedVersion: ethicsCase.version,
            allegation: allegationOf(ethicsCase.membershipId, ethicsCase.behaviour),
          },
          token,
        );
        const allegationId = addedAllegationId(added, ethicsCase.membershipId, ethicsCase.behaviour);
        if (added.errors || !allegationId) {
          fail(codeOf(added));
          return; // this writer's state is unknown now: it stops rather than measure refusals
        }
        ethicsCase.version = Number(added.data.addAllegation.version);
        const removed = await timed(
          REMOVE_ALLEGATION,
          { caseId: ethicsCase.id, expectedVersion: ethicsCase.version, allegationId },
          token,
        );
        if (removed.errors) {
          fail(codeOf(removed));
          return;
        }
        ethicsCase.version = Number(removed.data.removeAllegation.version);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { commands: sorted.length, seconds, p50: at(0.5), p99: at(0.99), max: at(1), failures };
}

// Run as a child process (forked by command-bench.ts): one task in, one outcome out. Imported, it only
// lends its documents and helpers.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', (task: WritersTask) => {
    void runWriters(task).then((outcome) => process.send!(outcome, () => process.exit(0)));
  });
}
