// The deadlines the dashboard lists after the overdue cases (which come from the API's overdueCases):
// those due soon, nearest first.
import type { CaseDeadline, EthicsCaseRecord } from '../providers/api-types';

export interface AttentionItem {
  readonly ethicsCase: EthicsCaseRecord;
  readonly deadline: CaseDeadline;
}

export function deadlinesDueSoon(cases: readonly EthicsCaseRecord[], limit = 10): AttentionItem[] {
  return cases
    .flatMap((ethicsCase) =>
      ethicsCase.deadlines
        .filter((deadline) => deadline.state === 'dueSoon')
        .map((deadline) => ({ ethicsCase, deadline })),
    )
    .sort((a, b) => Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt))
    .slice(0, limit);
}
