import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * Storybook is both the documentation site and the test bench: the `storybook` vitest project
 * (vitest.config.ts) runs every story below in headless Chromium, with the a11y checks of
 * preview.tsx. Nothing here needs the network.
 */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Visitors meet the library, not Storybook's own onboarding: no "Get started" checklist in the
  // sidebar, no onboarding guide in the menu.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // The docs site ships one large preview bundle on purpose; Vite's 500 kB hint is noise here.
  // The workspace packages' sources (their `yhdyspinta-source` export condition), not their dist/.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      build: { chunkSizeWarningLimit: 2000 },
      resolve: { conditions: ['yhdyspinta-source', ...defaultClientConditions] },
    }),
  typescript: {
    // Props tables from the components' TypeScript types and their doc comments.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The main entry's charts are made in each chart's definition.ts (withShippedData), a .ts file:
      // without it the Controls panel has no props of the components the stories show.
      include: ['**/**.tsx', '**/charts/src/*/definition.ts'],
      // Document the library's own props, not every DOM attribute React accepts.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};

export default config;
