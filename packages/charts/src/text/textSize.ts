/** The type size of a block of text and the distance between its lines, in px (as TextLines takes them). */
export interface TextSize {
  readonly fontSize: number;
  /** fontSize × the theme's line height factor. */
  readonly lineHeight: number;
}
