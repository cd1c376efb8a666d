export * from './body-draft.js';
export * from './body-labels.js';
