import { defineConfig } from 'vitest/config';

// CI (.ci/run) asks for a machine-readable result next to the normal output, so that
// the README's test command stays exactly `npm test`.
const jsonOut = process.env.KLASWACHT_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'adapters/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores on CI: more workers only add contention.
    maxWorkers: 2,
    reporters: jsonOut ? ['default', 'json'] : ['default'],
    ...(jsonOut ? { outputFile: { json: jsonOut } } : {}),
  },
});
