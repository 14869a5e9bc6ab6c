import { defineConfig } from 'vitest/config';

// The browser suite: one browser at a time (Chromium, and Firefox in firefox*.e2e.ts), against
// the built extension.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
