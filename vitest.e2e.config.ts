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
    // A poll returns as soon as what it waits for holds. Vitest's 1 s default is shorter than a
    // shared 2-core machine under load can take for the chip's pause, a detection and a paint.
    expect: { poll: { timeout: 5_000 } },
  },
});
