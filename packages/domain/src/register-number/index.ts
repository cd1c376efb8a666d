export * from './register-number.js';
