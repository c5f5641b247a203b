import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// Determinism: every test process runs in UTC with a fixed locale-independent setup.
process.env.TZ = 'UTC';

/**
 * Story tests run in headless Chromium as scripts/chromium.mjs finds it (CHROMIUM_PATH, a system
 * Chromium, else the one inside @sparticuz/chromium; never a downloaded browser). Exported for the a11y
 * configuration test's fixture (tests/storybook-config), which must run stories exactly like this.
 */
export const storybookBrowser: BrowserConfigOptions = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' }],
  // The axe report in the test output says what failed; failure screenshots would only litter the tree.
  screenshotFailures: false,
};

/**
 * The workspace packages export their sources under the `yhdyspinta-source` condition (and dist/ for
 * everyone else, so `npm pack` and `pnpm pack` give the same package): tests, stories and scripts run on
 * the sources, no build needed.
 */
export const sourceConditions = {
  resolve: { conditions: ['yhdyspinta-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['yhdyspinta-source', ...defaultServerConditions] } },
};

export default defineConfig({
  plugins: [react()],
  ...sourceConditions,
  test: {
    globals: false,
    // Two shared cores run the workers side by side: a jsdom render with axe can take over vitest's
    // 5 s default when the machine is busy. Speed itself is the benchmark's to measure, not a timeout's.
    testTimeout: 20_000,
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
      {
        extends: true,
        // Every story of .storybook/main.ts (stories/**/*.stories.tsx) is a test: it renders, runs
        // its play function, then axe (a11y: { test: 'error' } in .storybook/preview.tsx).
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: storybookBrowser,
          // Real-browser stories on CI's two shared cores: render, play and axe can take over the
          // 15 s default of browser mode when the machine is busy.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
