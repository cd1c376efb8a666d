export * from './account-rules.js';
