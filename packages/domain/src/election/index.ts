export * from './election.js';
export * from './election-labels.js';
