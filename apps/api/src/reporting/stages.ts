// The stages stageDurations measures: from one milestone of the case to the next. A stage counts for a
// case once both milestones are recorded and the second is not before the first (a case keeps the latest
// time of a milestone, so a second correction round measures the last one).
import type { Milestone } from '@etik/domain';

export interface ReportStage {
  readonly stage: string;
  readonly from: Milestone;
  readonly to: Milestone;
}

export const REPORT_STAGES = [
  { stage: 'screening', from: 'received', to: 'screeningConcluded' },
  { stage: 'correction', from: 'correctionRequested', to: 'correctionSubmitted' },
  { stage: 'clarificationStart', from: 'registered', to: 'clarificationStarted' },
  { stage: 'clarification', from: 'clarificationStarted', to: 'examinationStarted' },
  { stage: 'examination', from: 'examinationStarted', to: 'examinationReported' },
  { stage: 'plenaryDecision', from: 'examinationReported', to: 'decided' },
  { stage: 'dkppReferral', from: 'forwardedToDkpp', to: 'dkppVerdictRead' },
  { stage: 'decreeIssuance', from: 'decided', to: 'decreeIssued' },
  { stage: 'delivery', from: 'decreeIssued', to: 'delivered' },
  { stage: 'replacement', from: 'replacementStarted', to: 'closed' },
  { stage: 'wholeCase', from: 'received', to: 'closed' },
] as const satisfies readonly ReportStage[];

export type ReportStageName = (typeof REPORT_STAGES)[number]['stage'];
