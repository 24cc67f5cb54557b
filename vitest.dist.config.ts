import { defineConfig } from 'vitest/config';

/** Checks over the built site; scripts/test.ts runs them after the build, before Playwright. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
