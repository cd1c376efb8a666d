// The GraphQL mutation that gives each domain command: clients read it from `commandAvailability` instead of
// keeping their own table of names (the domain says `register`, the API's mutation is `registerCase`).
import type { CaseCommandType } from '@etik/domain';

export const MUTATION_OF_COMMAND: { readonly [C in CaseCommandType]: string } = {
  startScreening: 'startScreening',
  requestCorrection: 'requestCorrection',
  submitCorrection: 'submitCorrection',
  register: 'registerCase',
  startClarification: 'startClarification',
  discontinue: 'discontinueCase',
  formExaminationTeam: 'formExaminationTeam',
  submitExaminationReport: 'submitExaminationReport',
  recordPlenaryDecision: 'recordPlenaryDecision',
  forwardToDkpp: 'forwardToDkpp',
  recordDkppVerdict: 'recordDkppVerdict',
  issueDecree: 'issueDecree',
  recordDelivery: 'recordDelivery',
  startReplacement: 'startReplacement',
  completeReplacement: 'completeReplacement',
  refer: 'referCase',
  reject: 'rejectCase',
  withdraw: 'withdrawCase',
  close: 'closeCase',
};
