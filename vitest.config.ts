import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/gpu/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // native work is multi-threaded already; running files in parallel on 2 cores only adds noise
    fileParallelism: false,
    pool: 'forks',
  },
});
