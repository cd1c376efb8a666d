export { sampleCase, sampleComplaint, sampleRespondent, SAMPLE_COMMISSION_ID } from './sample-case.js';
export { sampleActor, sampleCommand, firstChoice, SAMPLE_EXAMINERS, type Choose } from './sample-commands.js';
export { randomWalk, seededChoose, type WalkStep, type RandomWalkOptions } from './random-walk.js';
