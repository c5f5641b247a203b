/**
 * Output presets of the static renderer and the CLI: a size in px (the chart's layout size and the PNG's
 * pixel size at scale 1) and the theme whose type sizes suit it.
 */
import type { TextByLocale } from '../chart/ChartDefinition';
import type { ChartTheme } from '../theme/ChartTheme';
import { defaultTheme, slideTheme } from '../theme/themes';

export const PRESET_NAMES = ['slide-16x9', 'slide-4x3', 'a4-landscape', 'intranet-card'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface RenderPreset {
  readonly name: PresetName;
  /** One line for `--help` and listings, in each language. */
  readonly description: TextByLocale;
  /** Layout width in px. */
  readonly width: number;
  /** Layout height in px; undefined = the chart's natural height at `width`. */
  readonly height?: number;
  readonly theme: ChartTheme;
  /**
   * Printed size written as the SVG root's width/height (the viewBox keeps the px layout), so print
   * dialogs and office apps place the file at its paper size.
   */
  readonly physicalSize?: { readonly width: string; readonly height: string };
}

/** Pixel density of the A4 preset: 150 px per inch (297 × 210 mm → 1754 × 1240 px). */
export const A4_PIXELS_PER_INCH = 150;
const mmToPx = (mm: number) => Math.round((mm / 25.4) * A4_PIXELS_PER_INCH);
const A4_PX = `${mmToPx(297)}×${mmToPx(210)} px`;

export const PRESETS: Readonly<Record<PresetName, RenderPreset>> = {
  'slide-16x9': {
    name: 'slide-16x9',
    description: {
      fi: '16:9-dia, 1920×1080 px, diojen tekstikoot',
      sv: '16:9-bild, 1920×1080 px, bildernas textstorlekar',
      en: '16:9 slide, 1920×1080 px, slide theme',
    },
    width: 1920,
    height: 1080,
    theme: slideTheme,
  },
  'slide-4x3': {
    name: 'slide-4x3',
    description: {
      fi: '4:3-dia, 1440×1080 px, diojen tekstikoot',
      sv: '4:3-bild, 1440×1080 px, bildernas textstorlekar',
      en: '4:3 slide, 1440×1080 px, slide theme',
    },
    width: 1440,
    height: 1080,
    theme: slideTheme,
  },
  'a4-landscape': {
    name: 'a4-landscape',
    description: {
      fi: `A4 vaakasuunnassa tulostettavaksi, 297×210 mm, ${A4_PIXELS_PER_INCH} px/tuuma (${A4_PX}), diojen tekstikoot`,
      sv: `A4 liggande för utskrift, 297×210 mm, ${A4_PIXELS_PER_INCH} px/tum (${A4_PX}), bildernas textstorlekar`,
      en: `A4 landscape print, 297×210 mm at ${A4_PIXELS_PER_INCH} px/in (${A4_PX}), slide theme`,
    },
    width: mmToPx(297),
    height: mmToPx(210),
    theme: slideTheme,
    physicalSize: { width: '297mm', height: '210mm' },
  },
  'intranet-card': {
    name: 'intranet-card',
    description: {
      fi: 'Intranetin kortti, 400 px leveä, luonnollinen korkeus, perusteema',
      sv: 'Intranätskort, 400 px brett, naturlig höjd, standardtema',
      en: 'Intranet card, 400 px wide, natural height, default theme',
    },
    width: 400,
    theme: defaultTheme,
  },
};

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}
