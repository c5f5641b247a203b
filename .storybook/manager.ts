import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// The Storybook UI itself (sidebar, toolbar); chart themes are a toolbar global, see preview.tsx.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'yhdyspinta · Länsi-Uusimaa charts',
  }),
});
