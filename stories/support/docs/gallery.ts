/**
 * How a story appears on its chart's docs page (ChartDocsPage): its tile's group and size, as
 * `parameters.gallery`, and the tag that keeps a behaviour-only story off the page.
 */

/** What a story says about its tile on the docs page (`parameters.gallery`). */
export interface GalleryParameters {
  /** The group heading the tile goes under; default 'More examples'. */
  readonly group?: GalleryGroup;
  /** A story of a fixed size: the width it is drawn at before it is scaled to the tile (a slide: 1920). */
  readonly width?: number;
  /** A tile two columns wide (e.g. the 400 px intranet card, drawn at its own size). */
  readonly wide?: boolean;
  /**
   * Drawn only when the reader asks: a story whose chart writes to the console by design (invalid data
   * is reported with console.error, in production too), so the page itself loads without an error.
   */
  readonly onDemand?: boolean;
  /**
   * On the meta or a story: draw a responsive chart at this width and scale it down to the tile (the
   * story's render passes it as `width`); default: drawn at the tile's own width.
   */
  readonly drawWidth?: number;
  /** The tile's caption when the story has no description of its own. */
  readonly caption?: string;
  /** Set on the meta (every tile of the chart): the narrowest tile, in px (default 300). */
  readonly tileWidth?: number;
  /** On the meta or a story: the tallest a tile's picture is shown, in px (default MAX_HEIGHT). */
  readonly thumbHeight?: number;
}

export type GalleryGroup = 'Languages' | 'Sizes and themes' | 'States' | 'More examples';

/** A story's tile on the chart's docs page: `parameters: gallery('States')`. */
export const gallery = (group: GalleryGroup, tile?: Omit<GalleryParameters, 'group'>) => ({
  gallery: { group, ...tile },
});

/** Stories that only test behaviour (or repeat the primary one): in the sidebar, off the docs page. */
export const BEHAVIOUR_ONLY = ['!autodocs'];

/** Captions of the standard stories that have no description of their own (same for every chart). */
export const CAPTIONS = {
  fi: 'The shipped data in Finnish, the default: decimal comma (2,7), Finnish scale words.',
  sv: 'The shipped data in Swedish (`locale="sv"`): every text, name and number format.',
  en: 'The shipped data in English (`locale="en"`): decimal point (2.7).',
  default: 'The intranet theme (`defaultTheme`), whatever the toolbar says.',
  highContrast:
    '`theme={highContrastTheme}`: black on white, every mark at least 4.5:1 and text 7:1, thicker lines and focus ring.',
  empty: 'Data with nothing in it: the chart says so in words, with no marks to focus.',
  loading: '`loading`: the title stays, a status says the data is loading (`aria-busy`).',
} as const;
