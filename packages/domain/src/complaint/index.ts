export * from './complaint-draft.js';
export * from './deficiency.js';
export * from './check-complaint.js';
