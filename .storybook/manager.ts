import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// The Storybook UI itself (sidebar, toolbar); chart themes are a toolbar global, see preview.tsx.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'yhdyspinta · Länsi-Uusimaa charts',
    brandUrl: '?path=/docs/introduction--docs',
    brandTarget: '_self',
    // The charts' own blue (default theme) and Noto Sans, the charts' font.
    colorPrimary: '#0072B2',
    colorSecondary: '#2166ac',
    fontBase: '"Noto Sans", system-ui, sans-serif',
    appBg: '#f6f8fa',
  }),
});
