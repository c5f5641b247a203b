/** The band paths of the heatmap's cells being built (cells.ts), pure. */
import { compactNumber, numberPair, RelativePen } from '../geometry/path';

/** A segment's start: x in hundredths, y in thousandths, as short SVG numbers. */
function bandPoint(x: number, y: number): string {
  return numberPair(compactNumber(x, 100), compactNumber(y, 1000));
}

/**
 * Grids taller than four of these px draw their rows in blocks this tall, each band a path per block: a browser repaints (and
 * rasterises) the tiles a change touches — the tooltip moving over a tall grid — replaying only the paths
 * whose bounds meet them, so no path may span the whole grid (a 300-row grid's band paths did, and every
 * pointer move re-rasterised thousands of segments per tile).
 */
export const BLOCK_HEIGHT = 256;

/** The band paths of one block of rows whose cells are one height: a d and a pen per band. */
export interface SegmentGroup {
  readonly block: number;
  readonly stroke: string;
  readonly d: string[];
  /** Each band's pen: x in hundredths, y in thousandths. */
  readonly pens: RelativePen[];
}

/**
 * Builds the band paths: each run a segment, moved to relative to the previous one's end in its band,
 * one path per band, block of rows and cell height (a stroke is one width).
 */
export class BandSegments {
  readonly groups: SegmentGroup[] = [];
  private readonly byKey = new Map<string, SegmentGroup>();

  constructor(private readonly bands: number) {}

  group(block: number, heightUnits: number): SegmentGroup {
    const key = `${block}:${heightUnits}`;
    let group = this.byKey.get(key);
    if (!group) {
      group = {
        block,
        stroke: compactNumber(heightUnits, 100),
        d: Array.from({ length: this.bands }, () => ''),
        pens: Array.from({ length: this.bands }, () => new RelativePen(bandPoint)),
      };
      this.byKey.set(key, group);
      this.groups.push(group);
    }
    return group;
  }
}

export function addSegment(
  group: SegmentGroup,
  band: number,
  x: number,
  y: number,
  width: number,
  widthText: string,
): void {
  const pen = group.pens[band];
  if (pen === undefined) return;
  group.d[band] += `${pen.moveTo(x, y)}h${widthText}`;
  pen.endAt(x + width, y);
}
