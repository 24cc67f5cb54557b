/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Checks over the built site run after the build (vitest.dist.config.ts).
    exclude: ['tests/dist/**', '**/node_modules/**'],
    testTimeout: 20_000,
  },
});
