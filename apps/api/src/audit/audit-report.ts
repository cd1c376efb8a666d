// The problems audit:verify finds, in words for the operator.
import type { AuditProblem } from './audit-trail.js';

export function describeProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'broken':
      return `hash chain broken at seq ${problem.seq} (${problem.reason}): a row was changed, removed or reordered`;
    case 'truncated':
      return (
        `TRUNCATED: the last checkpoint covers rows up to seq ${problem.checkpointSeq}, ` +
        `but the chain ends at ${problem.headSeq}; rows after ${problem.headSeq} were deleted`
      );
    case 'rechained':
      return (
        `RE-CHAINED: row ${problem.seq} has hash ${problem.hash || '(none)'}, its checkpoint says ` +
        `${problem.checkpointHash}; rows were rewritten and the hashes after them recomputed`
      );
    case 'badCheckpoint':
      return {
        mac: `checkpoint ${problem.n} has a MAC that does not verify: forged or altered (or the wrong key)`,
        gap: `checkpoint ${problem.n} follows a gap: a checkpoint before it was removed`,
        link: `checkpoint ${problem.n} does not chain to the one before it: checkpoints were replaced`,
        order: `checkpoint ${problem.n} names a head no later than the one before it`,
      }[problem.reason];
    case 'uncheckpointed':
      return (
        `rows ${problem.fromSeq}–${problem.headSeq} are covered by no checkpoint: ` +
        `appended without the key, or their checkpoints were removed`
      );
    case 'unexpectedHead':
      return (
        `the noted head ${problem.seq}:${problem.expected} is not in the chain ` +
        `(found ${problem.hash ?? 'no row'}): the trail was rolled back or rewritten`
      );
  }
}
