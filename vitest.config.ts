import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Determinism: every test process runs in UTC with a fixed locale-independent setup.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Data, compute and server-rendering tests: no DOM at all.
          include: ['tests/**/*.test.ts', 'tests/**/*.ssr.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/**/*.ssr.test.tsx'],
          setupFiles: ['tests/setup/jsdom.ts'],
        },
      },
    ],
  },
});
