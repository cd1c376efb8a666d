export * from './family-tie-declaration.js';
export * from './validate-declaration.js';
export * from './normalise-name.js';
export * from './check-examination-team.js';
export * from './family-ties.js';
