export * from './membership.js';
export * from './membership-event.js';
export * from './apply-membership-event.js';
export * from './membership-effect.js';
export * from './choose-replacement.js';
export * from './membership-labels.js';
export * from './seats.js';
export * from './appointment-check.js';
