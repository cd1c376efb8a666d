// The deadlines the dashboard puts first: overdue, then due soon, then the nearest running ones.
import type { CaseDeadline, EthicsCaseRecord } from '../providers/api-types';

export interface AttentionItem {
  readonly ethicsCase: EthicsCaseRecord;
  readonly deadline: CaseDeadline;
}

const RANK: Readonly<Record<string, number>> = { overdue: 0, dueSoon: 1, running: 2 };

export function deadlinesNeedingAttention(cases: readonly EthicsCaseRecord[], limit = 10): AttentionItem[] {
  return cases
    .flatMap((ethicsCase) =>
      ethicsCase.deadlines
        .filter((deadline) => deadline.state in RANK)
        .map((deadline) => ({ ethicsCase, deadline })),
    )
    .sort(
      (a, b) =>
        RANK[a.deadline.state]! - RANK[b.deadline.state]! ||
        Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt),
    )
    .slice(0, limit);
}
