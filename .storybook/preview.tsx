import type { Decorator, Preview } from '@storybook/react-vite';
import {
  DEFAULT_GLOBALS,
  LOCALE_ITEMS,
  THEME_ITEMS,
  readGlobals,
} from '../stories/support/globalTypes';
import { refineChartArgTypes } from '../stories/support/argTypes';
import { ChartDocsPage } from '../stories/support/docs/ChartDocsPage';
import { loadChartFonts } from './fonts';

/**
 * Marks each story with the language chosen in the toolbar, so screen readers pronounce Finnish as
 * Finnish and axe checks the right language. The chart props themselves come from
 * `chartGlobals(context)` in stories/support/globals.ts (see stories/STORIES.md).
 */
const withLanguage: Decorator = (Story, context) => {
  const { locale } = readGlobals(context.globals);
  return (
    <div lang={locale}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the charts',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [...LOCALE_ITEMS],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Chart theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [...THEME_ITEMS],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [withLanguage],
  // Controls for the charts' props: ranges, options, actions (stories/support/argTypes.ts).
  argTypesEnhancers: [refineChartArgTypes],
  // Every story waits for the chart font, so what is drawn (and tested) matches the text metrics.
  loaders: [
    async () => {
      await loadChartFonts();
      return {};
    },
  ],
  parameters: {
    // Any axe violation fails the story's test (vitest `storybook` project and the Storybook UI).
    a11y: { test: 'error' },
    // Props in the order the component declares them (its own props first, then the common ones).
    controls: { expanded: true },
    // A chart's docs page: the primary story with controls, then its other stories as small tiles.
    docs: { toc: { headingSelector: 'h2, h3' }, page: ChartDocsPage },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Embedding in the intranet', 'Slides', 'Accessibility', 'Data package'],
          'Charts',
        ],
      },
    },
  },
};

export default preview;
