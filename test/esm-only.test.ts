// The package is ESM only: require() of any entry says so and how to import instead.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('ESM only', () => {
  for (const spec of ['@kala/engine', '@kala/engine/guard', '@kala/engine/serve', '@kala/engine/data', '@kala/engine/train']) {
    it(`require('${spec}') explains how to import it`, () => {
      expect(() => require(spec)).toThrow(/is an ES module .*import/);
    });
  }
});
