// `@kala/engine/data`: the constitutional training-data generator (`kala-train generate-data`).
export * from './generate/index.js';
export { secureCodingExamples, type SecureCodingOptions } from './secure-coding.js';
export * from '../util/errors.js';
