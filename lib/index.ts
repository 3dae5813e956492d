export * from './errors.js';
export * from './data/generate/index.js';
