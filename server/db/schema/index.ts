export * from './organisations.js';
export * from './plans.js';
export * from './system.js';
export * from './reporting.js';
