import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // jsdom + Mantine renders are slow on a cold or busy machine; keep real failures, not flakes.
    testTimeout: 15_000,
  },
});
