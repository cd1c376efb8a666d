export * from './member-record.js';
export * from './validate-member-record.js';
export * from './member-record-labels.js';
